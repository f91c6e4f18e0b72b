// The scale on the projector: how many have answered, then the distribution and one step up.
import { t, h } from "/static/js/dom.js";
import { answersSoFar, answerFigures, revealedTally } from "/static/js/screen_views.js";

export function render(step, page) {
  const tally = revealedTally(page.store, step);
  if (!tally) return { content: answersSoFar(page.store, step, t("screen_answer_scale")) };
  return { content: h("div", { class: "answers-panel" },
    answerFigures(tally, { className: "answers--scale" }),
    h("p", { class: "step-up", testid: "step-up", text: t("scale_step_up") })) };
}
