// The phone's text size: chosen on the phone, remembered on it (localStorage), applied as the
// root font size, which the phone's rem and em sizes follow.
const KEY = "facilitator.textSize";

function stored() {
  try { return localStorage.getItem(KEY); } catch (_) { return null; } // storage may be off
}

/** Wires the size buttons in `host` (templates/participant/phone.html) and applies the stored size. */
export function textSize(host) {
  const buttons = [...host.querySelectorAll("[data-size]")];
  const sizes = buttons.map((b) => b.dataset.size);
  const apply = (size) => {
    const chosen = sizes.includes(size) ? size : sizes[0];
    document.documentElement.style.fontSize = `${Number(chosen) * 100}%`;
    document.documentElement.dataset.textSize = chosen;
    for (const button of buttons) button.setAttribute("aria-pressed", String(button.dataset.size === chosen));
  };
  apply(stored());
  for (const button of buttons) {
    button.addEventListener("click", () => {
      try { localStorage.setItem(KEY, button.dataset.size); } catch (_) { /* kept for this page only */ }
      apply(button.dataset.size);
    });
  }
}
