/**
 * Gives every link in the page's main text its absolute URL for print, where the style sheet prints it
 * after the link; without this script print falls back to the link as written, which may be relative.
 */
for (const link of document.querySelectorAll<HTMLAnchorElement>("main a[href]")) {
  link.dataset.printUrl = link.href;
}
