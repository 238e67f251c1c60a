/**
 * Gives every link in the page's main text its absolute URL for print, where the style sheet prints it
 * after the link. A link to another part of the same page prints no URL: that part is in the printout.
 * Without this script print falls back to the link as written, which may be relative.
 */
for (const link of document.querySelectorAll<HTMLAnchorElement>("main a[href]")) {
  if (link.pathname === location.pathname && link.hash) link.dataset.printLocal = "";
  else link.dataset.printUrl = link.href;
}
