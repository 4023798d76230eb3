/**
 * The one script every page carries, inline (no file to fetch), about 1,7 kB. It is made of small
 * parts, each one behaviour in its own function below, so one can be changed or removed without
 * touching the others; PARTS lists them in the order they run.
 *
 * The host's Content-Security-Policy allows it by its hash, which the build computes from the
 * built HTML (scripts/site/host-rules.ts), so a change here needs nothing else: whatever the built
 * script is, that is what the policy allows. Write plain statements (no `<`/`</script` in strings);
 * the parts share `d` (the <html> element) and run in one function.
 */
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

/**
 * The menu below 960 px (a <details> whose links CSS shows in the page's flow) closes on Escape
 * (focus back on "Menu" if it was in the menu), on a click outside it and when focus moves out of it.
 * There is no single-key shortcut (WCAG 2.1.4): "/" used to open search, and took readers off the page.
 */
export function menu(): string {
  return `addEventListener('DOMContentLoaded',()=>{
var m=document.querySelector('details.menu'),n=document.querySelector('.sidebar');if(!m||!n)return;
var o=e=>!m.contains(e)&&!n.contains(e),c=()=>{m.open=false};
addEventListener('keydown',e=>{if(e.key==='Escape'&&m.open){var f=!o(document.activeElement);c();if(f)m.firstElementChild.focus()}});
addEventListener('click',e=>{if(m.open&&o(e.target))c()});
addEventListener('focusin',e=>{if(m.open&&o(e.target))c()})
});`
}

/**
 * The quick exit ("Væk fra denne side", components/NskQuickExit.vue): its link leaves with
 * location.replace, so Back does not return to the page, and Shift pressed three times in a row
 * (within 5 s; a Shift held for a capital letter, or any other key between, does not count) does
 * the same. Shift is a modifier, so this is no single-key shortcut (WCAG 2.1.4). A live region says
 * how many presses are left, as GOV.UK's "Exit this page" does, in the page's language (the messages
 * are the status element's data-leaving and data-more1/data-more2, from scripts/site/ui.ts). Its own function scope keeps its
 * names apart from the other parts'.
 */
export function quickExit(): string {
  return `(()=>{var n=0,t,o,go=a=>location.replace(a.href),say=m=>{var s=document.getElementById('nsk-exit-status');if(s)s.textContent=m};
addEventListener('click',e=>{var a=e.target.closest&&e.target.closest('#nsk-exit');if(a&&!e.ctrlKey&&!e.metaKey&&!e.shiftKey&&!e.button){e.preventDefault();go(a)}});
addEventListener('keydown',e=>{if(e.key==='Shift')o=0;else{o=1;n=0}});
addEventListener('keyup',e=>{var a=document.getElementById('nsk-exit');if(!a||e.key!=='Shift')return;clearTimeout(t);if(o){n=0;return}
t=setTimeout(()=>{n=0;say('')},5e3);var d=(document.getElementById('nsk-exit-status')||{}).dataset||{};if(++n>2){n=0;say(d.leaving);go(a)}else say(d['more'+(3-n)])})})();`
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
export const PARTS: (() => string)[] = [appearance, menu, quickExit, copyCitation]

/** The script as written into every page's head (VitePress minifies it; the hash is of the result). */
export const INLINE_SCRIPT = `(()=>{var d=document.documentElement;${PARTS.map((p) => p()).join('')}})()`.replace(/\n/g, '')
