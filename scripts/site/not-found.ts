import { fold } from './fold.ts'

/**
 * The 404 page's suggestion (in the page's language): where JavaScript runs, the address typed is compared, with Danish
 * letters folded (the same `fold` as search and the kommune finder, written into the script from
 * its own source), with the name and address of every page, kommune and region given; the nearest, if
 * it is near enough, is offered as a link. Without JavaScript the page still offers search, help
 * and the kommune finder.
 */
export function notFoundScript(pages: [shown: string, path: string, name: string][], didYouMean: [before: string, after: string]): string {
  // Folded once here: the script compares with these keys.
  const keys = pages.map(([shown, path, name]) => [fold(name), fold(path.split('/').filter(Boolean).pop() ?? ''), shown, path])
  return `(()=>{var fold=${fold.toString()},K=${JSON.stringify(keys).replace(/</g, '\\u003c')};
var lev=(a,b)=>{var p=[...Array(b.length+1).keys()];for(var i=1;i<=a.length;i++){var c=[i];for(var j=1;j<=b.length;j++)c[j]=Math.min(p[j]+1,c[j-1]+1,p[j-1]+(a[i-1]===b[j-1]?0:1));p=c}return p[b.length]};
addEventListener('DOMContentLoaded',()=>{var el=document.getElementById('nsk-suggest');if(!el)return;var s;try{s=decodeURIComponent(location.pathname)}catch(e){s=location.pathname}
var q=fold(s.split('/').filter(Boolean).pop()||'');if(!q)return;var best=null,bd=1e9;K.forEach(k=>{var d=Math.min(lev(q,k[0]),lev(q,k[1]));if(d<bd){bd=d;best=k}});
if(!best||bd>Math.max(2,Math.floor(q.length/3)))return;var a=document.createElement('a');a.href=best[3];a.textContent=best[2];el.textContent=${JSON.stringify(didYouMean[0])};el.appendChild(a);el.appendChild(document.createTextNode(${JSON.stringify(didYouMean[1])}));el.hidden=false})})()`.replace(/\n/g, '')
}
