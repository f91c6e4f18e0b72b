// Live answers on the console (the types whose submissions are "answers"): the distribution as
// columns, the figures and, for a type whose answers carry a text, the texts. The columns span the
// values the step takes (the server's `step.answer`) before the first answer is in.
import { boot, t, h, replace } from "./dom.js";
import { answerValues } from "./declarations.js";
import { withheldNote } from "./views.js";

function number(value) {
  if (value == null) return "–";
  return Number(value).toLocaleString(boot().language || undefined, { maximumFractionDigits: 1 });
}

/** Columns for each value from `low` up: how many answered it. */
export function histogram(counts, low, labelFor) {
  const max = Math.max(1, ...counts);
  return h("ol", { class: "histogram", testid: "distribution" }, counts.map((count, i) => {
    const value = low + i;
    return h("li", { class: "histogram__col", testid: "distribution-value", data: { value, count } },
      h("span", { class: "histogram__count", text: String(count) }),
      h("span", { class: "histogram__track", aria: { hidden: "true" } },
        h("span", { class: ["histogram__bar", !count && "is-zero"], style: { height: `${Math.round((count / max) * 100)}%` } })),
      h("span", { class: "histogram__label", text: labelFor ? labelFor(value) : String(value) }));
  }));
}

/** No answers yet: a zero for each value the step takes. */
export function noCounts(step) {
  return answerValues(step).map(() => 0);
}

export function revealHint(step) {
  return h("p", { class: "tally__hint", text: step.results_revealed ? t("results_on_screen") : t("results_private") });
}

/** The panel of a step answered with a number (and, with `texts`, a comment): {el, update}. */
export function answersPanel(ctx, stepId, { texts: withTexts = false } = {}) {
  const { store } = ctx;
  const el = h("section", { class: "answers", testid: "answers-panel" });
  const update = () => {
    const step = store.step(stepId);
    if (!step) return;
    const tally = store.tallyFor(step);
    const low = tally && tally.counts ? tally.low : step.answer.low;
    const counts = tally && tally.counts ? tally.counts : noCounts(step);
    const responses = tally ? tally.responses : 0;
    const texts = (tally && tally.texts) || [];
    replace(el,
      h("div", { class: "answers__summary" },
        h("p", { class: "tally__big", text: t("answered_of", { count: responses, participants: store.participants }),
          testid: "answers-count", data: { count: responses } }),
        h("p", { class: "answers__figures" },
          h("span", { text: t("median_value", { value: number(tally && tally.median) }), testid: "answers-median" }),
          h("span", { text: t("average_value", { value: number(tally && tally.average) }), testid: "answers-average" })),
        revealHint(step), withheldNote(tally)),
      h("div", { class: "answers__chart" }, histogram(counts, low)),
      withTexts ? h("section", { class: "answers__comments" },
        h("h3", { class: "panel-title", text: t("comments_heading", { count: texts.length }) }),
        texts.length ? h("ul", { class: "comments" }, texts.map((text) => h("li", { class: "comment", text, testid: "comment" })))
          : h("p", { class: "empty", text: t("no_answers") })) : null);
  };
  return { el, update };
}
