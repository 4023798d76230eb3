/**
 * The one script every page carries, inline (no file to fetch), under 1 kB:
 * - before the first paint: `html.js` (CSS reserves room for islands' controls) and the reader's
 *   stored appearance as `html.dark` / `html.light` (without a choice, the system setting);
 * - once the page is parsed: the appearance switch (CSS shows it only under html.js, from the
 *   first paint, so nothing shifts)
 *   and "/" to open search.
 * The storage key is VitePress's, so a choice made on the old theme is kept.
 */
import { SEARCH_ROUTE } from './search-ui.ts'

export const APPEARANCE_KEY = 'vitepress-theme-appearance'

const source = `(()=>{
var d=document.documentElement,K='${APPEARANCE_KEY}',s;
try{s=localStorage.getItem(K)}catch(e){}
var set=k=>{d.classList.toggle('dark',k);d.classList.toggle('light',!k)};
d.classList.add('js');
set(s?s==='dark':matchMedia('(prefers-color-scheme: dark)').matches);
addEventListener('DOMContentLoaded',()=>{
var b=document.getElementById('nsk-appearance'),u=()=>b.setAttribute('aria-pressed',d.classList.contains('dark'));
if(b){u();b.onclick=()=>{var k=!d.classList.contains('dark');set(k);try{localStorage.setItem(K,k?'dark':'light')}catch(e){}u()}}
});
addEventListener('keydown',e=>{var t=e.target;if(e.key==='/'&&!e.ctrlKey&&!e.metaKey&&!e.altKey&&!/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)&&!t.isContentEditable){e.preventDefault();location.href='${SEARCH_ROUTE}?q='}})
})()`

/**
 * The quick exit ("Væk fra denne side", components/NskQuickExit.vue): its link leaves with
 * location.replace, so Back does not return to the page, and Shift pressed three times in a row
 * (within 5 s; a Shift held for a capital letter, or any other key between, does not count) does the same. Shift is a modifier, so this is no
 * single-key shortcut (WCAG 2.1.4). A live region says how many presses are left, as GOV.UK's
 * "Exit this page" does.
 */
export function quickExit(): string {
  return `var n=0,t,o,go=a=>location.replace(a.href),say=m=>{var s=document.getElementById('nsk-exit-status');if(s)s.textContent=m};
addEventListener('click',e=>{var a=e.target.closest&&e.target.closest('#nsk-exit');if(a&&!e.ctrlKey&&!e.metaKey&&!e.shiftKey&&!e.button){e.preventDefault();go(a)}});
addEventListener('keydown',e=>{if(e.key==='Shift')o=0;else{o=1;n=0}});
addEventListener('keyup',e=>{var a=document.getElementById('nsk-exit');if(!a||e.key!=='Shift')return;clearTimeout(t);if(o){n=0;return}
t=setTimeout(()=>{n=0;say('')},5e3);if(++n>2){n=0;say('Forlader siden');go(a)}else say('Shift: tryk '+(3-n)+' gang'+(n>1?'':'e')+' mere for at forlade siden')});`
}

/** Without the line breaks, which are only there to read it. */
export const INLINE_SCRIPT = (`${source};(()=>{${quickExit()}})()`).replace(/\n/g, '')
