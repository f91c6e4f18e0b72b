// Pieces of UI that the phone, the console and the projector share.
import { boot, h, t } from "./dom.js";

export const IDEA_MAX = 280;
export const CLUSTER_TITLE_MAX = 80;
export const STEP_TITLE_MAX = 120;
export const PROMPT_MAX = 500;

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

/**
 * Horizontal result bars. `results` from Store.results(); `options.mine` maps
 * "type:id" -> my dots (phone), `options.testid` names each row.
 */
export function resultBars(results, { mine, showZero = true, limit } = {}) {
  const max = Math.max(1, ...results.map((r) => r.dots));
  const rows = results.filter((r) => showZero || r.dots > 0).slice(0, limit || undefined);
  if (!rows.length) return h("p", { class: "empty", text: t("results_none") });
  return h("ol", { class: "bars", testid: "results" }, rows.map((r) => {
    const share = Math.round((r.dots / max) * 100);
    const myDots = mine ? mine.get(`${r.type}:${r.id}`) || 0 : 0;
    return h("li", {
      class: ["bar", r.type === "cluster" ? "bar--cluster" : "bar--idea"],
      testid: "result",
      data: { targetType: r.type, targetId: r.id, dots: r.dots },
    },
    h("div", { class: "bar__label" },
      h("span", { class: "bar__title", text: r.title }),
      r.type === "cluster" ? h("span", { class: "bar__meta", text: t("cluster_idea_count", { count: r.ideas.length }) }) : null,
      myDots ? h("span", { class: "bar__mine", text: t("your_dots", { count: myDots }) }) : null),
    h("div", { class: "bar__track", aria: { hidden: "true" } },
      h("div", { class: "bar__fill", style: { width: `${share}%` } })),
    h("span", { class: "bar__count", text: String(r.dots), testid: "result-dots", data: { dots: r.dots } }));
  }));
}

/** A sticky note for the idea wall. */
export function ideaNote(idea, { isNew = false, mine = false, showAuthor = true } = {}) {
  return h("li", { class: ["note", isNew && "note--new", mine && "note--mine"], testid: "wall-idea", data: { ideaId: idea.id } },
    h("p", { class: "note__text", text: idea.text }),
    (showAuthor && idea.author) || mine ? h("p", { class: "note__meta" },
      showAuthor && idea.author ? h("span", { class: "note__author", text: idea.author }) : null,
      mine ? h("span", { class: "note__you", text: t("idea_yours") }) : null) : null);
}

// ---- the development-day activities (phone and projector) -------------------------------------

export const OBJECTION_MAX = 280;
export const COMMENT_MAX = 500;
export const ANSWER_ACTIVITIES = new Set(["scale", "consent", "feedback"]);

/** The step's title and prompt in the language this page shows (see Store.stepText). */
export function stepText(store, step) {
  return store.stepText(step, boot().language);
}

/** A consent step answers with thumbs (0–2) instead of fist to five (0–5). */
export function usesThumbs(step) {
  return Boolean(step && step.options && step.options.thumbs);
}

/** The values a step's answer can take, lowest first. */
export function answerValues(step) {
  if (!step) return [];
  if (step.activity === "scale") return range(0, 10);
  if (step.activity === "feedback") return range(1, 5);
  if (step.activity === "consent") return usesThumbs(step) ? range(0, 2) : range(0, 5);
  return [];
}

function range(low, high) {
  return Array.from({ length: high - low + 1 }, (_, i) => low + i);
}

/** A low consent answer, for which the phone asks what would need to change. */
export function isLowConsent(step, value) {
  return usesThumbs(step) ? value === 0 : value <= 2;
}

/** The words for a consent answer ("I can live with it", "Thumbs up: I agree"). */
export function consentLabel(step, value) {
  return usesThumbs(step) ? t(`thumb_${value}`) : t(`fist_${value}`);
}

/** A thumb as a glyph; `value` 1 (sideways) is a thumb turned by CSS. */
export function thumbGlyph(value) {
  return h("span", { class: ["thumb", `thumb--${value}`], attrs: { "aria-hidden": "true" }, text: value === 0 ? "👎" : "👍" });
}

/** The non-empty lines of a proposal, without the numbering or bullets someone typed. */
export function proposalLines(text) {
  return String(text || "").split("\n")
    .map((line) => line.replace(/^\s*(?:\d{1,2}[.)]|[-•*–])\s+/, "").trim())
    .filter(Boolean);
}

/** A proposal as a numbered list (a single line stays a paragraph). */
export function proposalView(text, { testid = "proposal", className = "proposal" } = {}) {
  const lines = proposalLines(text);
  if (lines.length <= 1) return h("p", { class: [className, `${className}--single`], text: lines[0] || "", testid });
  return h("ol", { class: className, testid }, lines.map((line) => h("li", { class: `${className}__line`, text: line })));
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

/** Anonymous texts (objections, comments) as a list of quotes. */
export function quoteList(texts, { testid = "quotes", empty } = {}) {
  if (!texts || !texts.length) return empty ? h("p", { class: "empty", text: empty }) : null;
  return h("ul", { class: "quotes", testid }, texts.map((text) => h("li", { class: "quote", testid: "quote", text })));
}

/** A status word for an action (nothing for "not started"). */
export function actionStatus(action) {
  if (!action.status || action.status === "not_started") return null;
  return h("span", { class: ["chip", "action-status", `action-status--${action.status}`], text: t(`status_${action.status}`), testid: "action-status", data: { status: action.status } });
}

/** "Pair 3" or "Group 3", by the step's group size. */
export function groupName(step, number) {
  const size = (step && step.options && step.options.group_size) || 2;
  const merged = step && step.options && step.options.merge_previous;
  return size > 2 || merged ? t("group_number", { number }) : t("pair_number", { number });
}

/** A group's colour as a style: its background with text that stays readable on it. */
export function groupStyle(colour) {
  const match = /^#([0-9a-f]{6})$/i.exec(colour || "");
  if (!match) return {};
  const n = parseInt(match[1], 16);
  const channel = (c) => { const v = c / 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
  const luminance = 0.2126 * channel(n >> 16) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
  // White text needs a dark enough background (contrast 4.5 : 1 or better); else near-black.
  return { backgroundColor: colour, color: luminance > 0.18 ? "#0d0f12" : "#ffffff" };
}
