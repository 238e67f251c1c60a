let region: HTMLElement | undefined;
let timer: number | undefined;

/** Shows a short status message and has screen readers read it out, then clears it. */
export function announce(message: string): void {
  region ??= createRegion();
  region.textContent = message;
  region.classList.add("is-shown");
  window.clearTimeout(timer);
  timer = window.setTimeout(() => {
    region?.classList.remove("is-shown");
    if (region) region.textContent = "";
  }, 2500);
}

// The live region exists before its first message, or some screen readers miss that message.
function createRegion(): HTMLElement {
  const element = document.createElement("p");
  element.className = "copy-status";
  element.setAttribute("role", "status");
  element.setAttribute("aria-live", "polite");
  document.body.append(element);
  return element;
}

/** Creates the status region now, so that the first announcement is read out. */
export function prepareAnnouncements(): void {
  region ??= createRegion();
}
