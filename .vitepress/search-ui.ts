/**
 * Search, with Pagefind: the search page (registry route SEARCH_ROUTE) lists every page and the
 * glossary in its HTML, and with JavaScript also loads Pagefind's UI. Its script, stylesheet and
 * index load there only, when a reader opens search (the header's "Søg" link).
 * `?q=` focuses the search box; `?q=word` searches for the word at once.
 * Pagefind's box has only a title for a name; the page's heading ("Søg") labels it.
 */
export const SEARCH_ROUTE = '/sog'

/** Pagefind indexes `foo.html`; the site's links are clean (`/foo`). */
const init = `addEventListener('DOMContentLoaded',()=>{
var q=new URLSearchParams(location.search).get('q'),c=u=>u.replace(/\\.html(?=[#?]|$)/,''),
ui=new PagefindUI({element:'#sog',showSubResults:true,showImages:false,resetStyles:false,autofocus:q!==null,
processResult:r=>{r.url=c(r.url);(r.sub_results||[]).forEach(s=>s.url=c(s.url));return r}});
var i=document.querySelector('#sog input'),h=document.querySelector('h1');if(i&&h&&h.id)i.setAttribute('aria-labelledby',h.id);
if(q)ui.triggerSearch(q)})`.replace(/\n/g, '')

/** The tags the search page adds before </head>. */
export const searchHead = (base: string): string =>
  `<link rel="stylesheet" href="${base}pagefind/pagefind-ui.css"><script src="${base}pagefind/pagefind-ui.js" defer></script><script>${init}</script>`
