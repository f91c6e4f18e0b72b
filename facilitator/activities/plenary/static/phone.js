// The plenary steps on the phone: nothing to send. A break says when the room resumes, the
// opening shows the programme, the closing the next meeting; otherwise: look up, we talk.
import { t, h } from "/static/js/dom.js";
import { programme, resumes, nextMeeting } from "./plenary.js";

export function render(step, page) {
  const store = page.store;
  const own = {
    opening: () => programme(store),
    break: () => resumes(step, "plenary_resumes_phone"),
    closing: () => nextMeeting(store),
  }[step.activity];
  return { parts: [own ? h("section", { class: "plenary-card", testid: "plenary" }, own()) : null,
    page.notice(t("plenary_together"), "plenary-together")], dock: null };
}
