// Brainstorm on the phone: write ideas in the dock, see my own and, unless the writing is
// private, everyone's on the wall.
import { t, h } from "/static/js/dom.js";
import { ideasHidden, option } from "/static/js/declarations.js";

export function render(step, page) {
  const hidden = ideasHidden(step);
  // In private writing the others' ideas are not here yet: my own list is all there is.
  const writing = page.writing(step, { wall: !hidden });
  return {
    parts: [hidden ? h("p", { class: "notice notice--private", testid: "private-note", text: t("private_note") }) : null,
      // An anonymous workshop's named step: said before anyone writes (the server names the ideas).
      page.store.workshop.anonymous && option(step, "named")
        ? h("p", { class: "notice notice--named", testid: "named-note", attrs: { role: "note" }, text: t("named_note") }) : null,
      ...writing.parts],
    dock: writing.dock,
  };
}
