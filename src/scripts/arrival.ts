/**
 * Flashes the part of the page a link led to, whether the reader arrived from elsewhere, followed a link
 * on the page, or followed the same link again (which changes no hash, so :target alone shows nothing new).
 */
function flashTarget(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (!target) return;
  target.classList.remove("is-arriving");
  // Reading the layout between removing and adding the class restarts the animation.
  void target.offsetWidth;
  target.classList.add("is-arriving");
}

addEventListener("hashchange", flashTarget);
document.addEventListener("click", (event) => {
  const link = event.target instanceof Element ? event.target.closest("a") : null;
  if (link && link.hash && link.pathname === location.pathname && link.hash === location.hash) requestAnimationFrame(flashTarget);
});
flashTarget();
