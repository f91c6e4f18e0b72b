// Fitting the wall to the projector without scrolling and without type the back row cannot read.
// The styles let what grows with the room's words shrink with --fit only down to a floor of
// 32 px; so first the header steps back (data-compact), then the type shrinks to that floor, and
// what still does not fit is paged: the units an activity type marks with `data-paged` (a note,
// a result, a comment) are shown a page at a time, turning by themselves, and the pager says
// "Page 2 / 5" with a bar that fills until the next turn. A group (`data-paged-group`) whose
// units are all on other pages is hidden with them.
import { t, setText } from "./dom.js";

export const TURN_MS = 12000;

export function createFitter({ frame, content, pager, pagerLabel, pagerFill }) {
  let pages = [];   // [[first, count]] over the content's paged units
  let shown = 0;    // the page on the wall
  let turner = null;

  // Only height: paging cannot help what is too wide (and the measuring test catches that).
  const overflows = () => content.scrollHeight > content.clientHeight + 2;
  const units = () => [...content.querySelectorAll("[data-paged]")];

  function showRange(all, first, count) {
    all.forEach((unit, i) => { unit.hidden = i < first || i >= first + count; });
    for (const group of content.querySelectorAll("[data-paged-group]")) {
      const inside = group.querySelectorAll("[data-paged]");
      group.hidden = inside.length > 0 && [...inside].every((unit) => unit.hidden);
    }
  }

  /** The most units from `first` on that fit, by halving (a layout per try). */
  function pageFrom(all, first) {
    let low = 1;
    let high = all.length - first;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      showRange(all, first, mid);
      if (overflows()) high = mid - 1; else low = mid;
    }
    return [first, low];
  }

  function drawPage(restart) {
    const all = units();
    if (pages.length < 2) { pager.hidden = true; return; }
    shown %= pages.length;
    showRange(all, ...pages[shown]);
    pager.hidden = false;
    setText(pagerLabel, t("screen_page", { page: shown + 1, pages: pages.length }));
    pager.dataset.page = String(shown + 1);
    pager.dataset.pages = String(pages.length);
    if (!restart) return;
    pagerFill.style.setProperty("--turn", `${TURN_MS}ms`);
    pagerFill.style.animation = "none";
    void pagerFill.offsetWidth; // the bar starts again with the page
    pagerFill.style.animation = "";
  }

  function turn() {
    if (pages.length < 2) return;
    shown += 1;
    drawPage(true);
  }

  /** Lays the current content out again: after every drawing and on resize. */
  function fit() {
    const all = units();
    all.forEach((unit) => { unit.hidden = false; });
    for (const group of content.querySelectorAll("[data-paged-group]")) group.hidden = false;
    pager.hidden = true;
    frame.removeAttribute("data-compact");
    content.style.setProperty("--fit", "1");
    if (overflows()) frame.dataset.compact = "";
    let scale = 1;
    while (overflows() && scale > 0.5) {
      scale -= 0.05;
      content.style.setProperty("--fit", scale.toFixed(2));
    }
    pages = [];
    if (overflows() && all.length > 1) {
      pager.hidden = false; // it takes its row before the pages are measured
      for (let first = 0; first < all.length;) {
        const page = pageFrom(all, first);
        pages.push(page);
        first += page[1];
      }
    }
    frame.dataset.pages = String(Math.max(1, pages.length));
    const starting = pages.length > 1 && !turner;
    drawPage(starting);
    if (starting) turner = setInterval(turn, TURN_MS);
    if (pages.length < 2 && turner) { clearInterval(turner); turner = null; shown = 0; }
  }

  return { fit };
}
