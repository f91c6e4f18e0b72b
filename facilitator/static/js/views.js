// Pieces of UI that the phone, the console and the projector share.
import { boot, h, t } from "./dom.js";
import { tn } from "./plural.js";

export const IDEA_MAX = 280;

export function activityLabel(activity) {
  const key = `activity_${activity}`;
  const label = t(key);
  return label === key ? activity : label;
}

/** "Step 2 / 5" for the current step, or "" before the start. */
export function progressText(store) {
  const step = store.currentStep();
  if (!step) return "";
  return t("step_progress", { current: store.stepIndex(step.id) + 1, total: store.steps.length });
}

/** A sticky note for the idea wall. */
export function ideaNote(idea, { isNew = false, mine = false, showAuthor = true } = {}) {
  return h("li", { class: ["note", isNew && "note--new", mine && "note--mine"], testid: "wall-idea", data: { ideaId: idea.id } },
    h("p", { class: "note__text", text: idea.text }),
    (showAuthor && idea.author) || mine ? h("p", { class: "note__meta" },
      showAuthor && idea.author ? h("span", { class: "note__author", text: idea.author }) : null,
      mine ? h("span", { class: "note__you", text: t("idea_yours") }) : null) : null);
}

/** The step's title and prompt in the language this page shows (see Store.stepText). */
export function stepText(store, step) {
  return store.stepText(step, boot().language);
}

/**
 * A distribution as columns: one per value from `tally.low`, the height its share of the
 * biggest. `labels(value)` gives the words under a column (default: the number itself),
 * `glyph(value)` an optional picture; `mine` marks my answer.
 */
export function distributionChart(counts, low, { labels, glyph, mine, testid = "distribution", order } = {}) {
  const values = order || counts.map((_, i) => low + i);
  const max = Math.max(1, ...counts);
  return h("ol", { class: "dist", testid, data: { columns: values.length } }, values.map((value) => {
    const count = counts[value - low] || 0;
    const label = labels ? labels(value) : String(value);
    return h("li", { class: ["dist__col", mine === value && "dist__col--mine", count === max && count > 0 && "dist__col--top"],
      testid: "distribution-column", data: { value, count },
      aria: { label: t("distribution_label", { value: label, count }) } },
    h("span", { class: "dist__count", text: String(count), attrs: { "aria-hidden": "true" } }),
    h("span", { class: "dist__track", attrs: { "aria-hidden": "true" } },
      h("span", { class: "dist__fill", style: { height: `${Math.round((count / max) * 100)}%` } })),
    h("span", { class: "dist__value", attrs: { "aria-hidden": "true" } },
      glyph ? glyph(value) : null,
      h("span", { class: "dist__label", text: label })));
  }));
}

/** Median and average called out (both from a scale/feedback tally). */
export function statsView(tally, { testid = "stats" } = {}) {
  const format = (n) => (n == null ? "–" : String(Math.round(n * 10) / 10).replace(".", boot().language === "fi" ? "," : "."));
  return h("dl", { class: "stats", testid },
    h("div", { class: "stats__item stats__item--median", testid: "stats-median", data: { value: tally.median ?? "" } },
      h("dt", { text: t("median") }), h("dd", { text: format(tally.median) })),
    h("div", { class: "stats__item", testid: "stats-average", data: { value: tally.average ?? "" } },
      h("dt", { text: t("average") }), h("dd", { text: format(tally.average) })),
    h("div", { class: "stats__item", testid: "stats-responses", data: { value: tally.responses ?? 0 } },
      h("dt", { text: t("answers") }), h("dd", { text: String(tally.responses ?? 0) })));
}

/** In place of a small group's results, which the server withheld (fewer answers than the
 *  setting MIN_ANSWERS_SHOWN, domain/privacy.py): why nothing more shows; null for a result shown. */
export function withheldNote(tally) {
  if (!tally || !tally.withheld) return null;
  return h("p", { class: "notice notice--withheld", testid: "results-withheld",
    data: { count: tally.responses ?? tally.voters ?? 0, min: tally.min_answers },
    text: tn("results_withheld", tally.min_answers, { count: tally.min_answers }) });
}

/** Anonymous texts (concerns, comments) as a list of quotes. */
export function quoteList(texts, { testid = "quotes", empty } = {}) {
  if (!texts || !texts.length) return empty ? h("p", { class: "empty", text: empty }) : null;
  return h("ul", { class: "quotes", testid }, texts.map((text) => h("li", { class: "quote", testid: "quote", text })));
}
