// Pieces of UI that the phone, the console and the projector share.
import { h, t } from "./dom.js";

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
