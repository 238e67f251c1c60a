/**
 * Marks, in the contents beside a filing, the part the reader is reading (aria-current="location"), and
 * keeps that entry in view in the sticky contents on wide screens.
 */
const entries = [...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')];
const parts = entries.map((entry) => document.getElementById(decodeURIComponent(entry.hash.slice(1))));
const wide = matchMedia("(min-width: 64rem)");
let current: HTMLAnchorElement | undefined;
let scheduled = false;

function markCurrent(): void {
  scheduled = false;
  // The part being read is the last one whose start has scrolled past the top fifth of the window.
  const line = window.innerHeight / 5;
  let index = -1;
  parts.forEach((part, i) => {
    if (part && part.getBoundingClientRect().top <= line) index = i;
  });
  const next = entries[index];
  if (next === current) return;
  current?.removeAttribute("aria-current");
  current = next;
  if (!current) return;
  current.setAttribute("aria-current", "location");
  if (wide.matches) current.scrollIntoView({ block: "nearest" });
}

if (entries.length > 0) {
  addEventListener("scroll", () => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(markCurrent);
  }, { passive: true });
  markCurrent();
}
