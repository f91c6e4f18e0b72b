// The presenter's controls on the console: next and previous from the keyboard and from a
// presentation clicker (which sends PageDown/PageUp or the arrow keys), the projector's pause
// screen (B or "."), what changed said to a screen reader, and the agenda's current step kept in
// view as the day moves on.
import { t, setText, announce } from "./dom.js";
import { progressText } from "./views.js";

const NEXT = new Set(["PageDown", "ArrowRight"]);
const PREVIOUS = new Set(["PageUp", "ArrowLeft"]);
const BLANK = new Set(["b", "B", "."]);

/** True when a key press belongs to a field being typed in. */
function typing(target) {
  return target instanceof Element && (target.isContentEditable || Boolean(target.closest("input, textarea, select")));
}

export function createPresenter(ctx, ui) {
  const { store, act } = ctx;
  const blanked = () => Boolean(store.workshop && store.workshop.blanked);
  const toggleBlank = () => act("screen.blank", { blank: !blanked() }, ui.blank);
  ui.blank.addEventListener("click", toggleBlank);
  // The preview connects only once it is opened: a closed one costs nothing.
  ui.preview.addEventListener("toggle", () => {
    const frame = ui.preview.querySelector("iframe");
    if (ui.preview.open && !frame.src) frame.src = frame.dataset.src;
  });

  document.addEventListener("keydown", (e) => {
    if (!store.ready || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || typing(e.target)) return;
    // Inside the agenda, the library and the board the arrow keys belong to what has the focus.
    if (e.key.startsWith("Arrow") && e.target.closest && e.target.closest(".workspace, .agenda, .library")) return;
    const button = NEXT.has(e.key) ? ui.next : PREVIOUS.has(e.key) ? ui.prev : null;
    if (button) {
      e.preventDefault();
      if (!button.disabled) button.click();
    } else if (BLANK.has(e.key)) {
      e.preventDefault();
      if (!ui.blank.disabled) toggleBlank();
    }
  });

  /** Scrolls the agenda (not the page) so that the current step shows below its sticky head. */
  function keepInView() {
    const item = ui.agenda.querySelector('[aria-current="step"]');
    const box = ui.agenda.closest(".agenda");
    if (!item || !box) return;
    const head = box.querySelector(".agenda__top");
    const top = box.getBoundingClientRect().top + (head ? head.offsetHeight : 0);
    const bottom = box.getBoundingClientRect().bottom;
    const place = item.getBoundingClientRect();
    if (place.top < top || place.bottom > bottom) box.scrollTop += place.top - top - 8;
  }

  let shownBlank = null;
  let shownStep;
  return {
    render() {
      const on = blanked();
      ui.blank.disabled = false;
      ui.blank.setAttribute("aria-pressed", String(on));
      ui.blank.dataset.testid = on ? "unblank-screen" : "blank-screen";
      ui.blank.classList.toggle("btn--warn", on);
      setText(ui.blank, t(on ? "unblank_screen" : "blank_screen"));
      ui.blankNote.hidden = !on;
      if (shownBlank !== null && shownBlank !== on) announce(t(on ? "screen_blanked" : "screen_shown"));
      shownBlank = on;
      const step = store.currentStep();
      const id = step ? step.id : null;
      if (id !== shownStep) {
        // Said once per move, not on every change: what the room is on now.
        if (shownStep !== undefined) announce(step ? `${progressText(store)}: ${step.title}` : t("console_ended"));
        shownStep = id;
        keepInView();
      }
    },
  };
}
