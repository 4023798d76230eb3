/**
 * The one script every page carries, inline (no file to fetch), under 1 kB. It is made of small
 * parts, each one behaviour in its own function below, so one can be changed or removed without
 * touching the others; PARTS lists them in the order they run.
 *
 * The host's Content-Security-Policy allows it by its hash, which the build computes from the
 * built HTML (scripts/site/host-rules.ts), so a change here needs nothing else: whatever the built
 * script is, that is what the policy allows. Write plain statements (no `<`/`</script` in strings);
 * the parts share `d` (the <html> element) and run in one function.
 */
import { SEARCH_ROUTE } from './search-ui.ts'

export const APPEARANCE_KEY = 'vitepress-theme-appearance'

/**
 * Before the first paint: `html.js` (CSS reserves room for islands' controls) and the reader's
 * stored appearance as `html.dark` / `html.light` (without a choice, the system setting); once the
 * page is parsed, the appearance switch (CSS shows it only under html.js, so nothing shifts).
 * The storage key is VitePress's, so a choice made on the old theme is kept.
 */
export function appearance(): string {
  return `var K='${APPEARANCE_KEY}',s;
try{s=localStorage.getItem(K)}catch(e){}
var set=k=>{d.classList.toggle('dark',k);d.classList.toggle('light',!k)};
d.classList.add('js');
set(s?s==='dark':matchMedia('(prefers-color-scheme: dark)').matches);
addEventListener('DOMContentLoaded',()=>{
var b=document.getElementById('nsk-appearance'),u=()=>b.setAttribute('aria-pressed',d.classList.contains('dark'));
if(b){u();b.onclick=()=>{var k=!d.classList.contains('dark');set(k);try{localStorage.setItem(K,k?'dark':'light')}catch(e){}u()}}
});`
}

/** "/" opens search, outside text fields. */
export function searchShortcut(): string {
  return `addEventListener('keydown',e=>{var t=e.target;if(e.key==='/'&&!e.ctrlKey&&!e.metaKey&&!e.altKey&&!/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)&&!t.isContentEditable){e.preventDefault();location.href='${SEARCH_ROUTE}?q='}});`
}

/**
 * "Kopiér citatet" (components/NskCite.vue): copies the citation's text with the page's full
 * address (where the page shows a site-relative one) and today's date as the date read.
 */
export function copyCitation(): string {
  return `addEventListener('click',e=>{var b=e.target.closest&&e.target.closest('[data-copy]');if(!b)return;
var p=document.getElementById(b.dataset.copy).cloneNode(true),a=p.querySelector('[data-address]'),r=p.querySelector('[data-read]');
if(a&&a.textContent[0]=='/')a.textContent=location.origin+a.textContent;
if(r)r.textContent=new Date().toLocaleDateString('da-DK',{day:'numeric',month:'long',year:'numeric'});
navigator.clipboard.writeText(p.textContent.replace(/\\s+/g,' ').trim()).then(()=>b.textContent='Kopieret',()=>b.textContent='Markér teksten og kopiér den')});`
}

/** The parts, in the order they run. */
export const PARTS: (() => string)[] = [appearance, searchShortcut, copyCitation]

/** The script as written into every page's head (VitePress minifies it; the hash is of the result). */
export const INLINE_SCRIPT = `(()=>{var d=document.documentElement;${PARTS.map((p) => p()).join('')}})()`.replace(/\n/g, '')
