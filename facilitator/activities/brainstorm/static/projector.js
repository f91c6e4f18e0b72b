// Brainstorm on the projector: the wall, big beside the join code while it is short; in private
// writing only how many ideas have been written.
import { t, h } from "/static/js/dom.js";
import { ideasHidden } from "/static/js/declarations.js";

const BIG_QR_MAX_IDEAS = 8;

function privatePanel(store, step) {
  const count = store.privateCount(step.id);
  return h("div", { class: "private-panel", testid: "private-count", data: { count: count ?? "" } },
    count == null ? null : h("p", { class: "private-panel__count", text: t("screen_private_count", { count }) }),
    h("p", { class: "private-panel__hint", text: t("screen_private_hint") }));
}

export function render(step, page) {
  if (ideasHidden(step)) return { mode: "big", content: privatePanel(page.store, step) };
  const count = page.store.ideasOf(step.id).length;
  return { mode: count <= BIG_QR_MAX_IDEAS ? "big" : "small", content: page.wall(step.id, { grouped: true }) };
}
