// Feedback on the projector: how many have answered, then the ratings as stars and the comments.
import { t, h } from "/static/js/dom.js";
import { quoteList } from "/static/js/views.js";
import { answersSoFar, answerFigures, revealedTally, paged } from "/static/js/screen_views.js";

const star = () => h("span", { class: "dist__star", text: "★", attrs: { "aria-hidden": "true" } });

export function render(step, page) {
  const tally = revealedTally(page.store, step);
  if (!tally) return { content: answersSoFar(page.store, step, t("screen_feedback_now")) };
  const texts = tally.texts || [];
  return { content: h("div", { class: ["answers-panel", texts.length && "answers-panel--comments"] },
    answerFigures(tally, { className: "answers--feedback", chart: { glyph: star } }),
    texts.length ? h("section", { class: "comments" },
      h("h2", { class: "comments__title", text: t("comments_heading", { count: texts.length }) }),
      paged(quoteList(texts, { testid: "comments" }))) : null) };
}
