// The dot vote's targets and results, as every surface shows them: the clusters of its source
// and the source's ideas in no cluster, with the dots of the tally.
import { t, h } from "/static/js/dom.js";
import { option } from "/static/js/declarations.js";
import { withheldNote } from "/static/js/views.js";

/** The step's budget: {dotsPerPerson, maxPerItem} (the declaration's defaults if unset). */
export function voteOptions(step) {
  return { dotsPerPerson: option(step, "dots_per_person"), maxPerItem: option(step, "max_dots_per_item") };
}

/** What the dots go to: [{type: "cluster" | "idea", id, title, ideas}] in the board's order. */
export function voteTargets(store, step) {
  const source = store.sourceOf(step);
  if (source == null) return [];
  const { clusters, unsorted } = store.groups(source);
  return [
    ...clusters.map(({ cluster, ideas }) => ({ type: "cluster", id: cluster.id, title: cluster.title, ideas })),
    ...unsorted.map((idea) => ({ type: "idea", id: idea.id, title: idea.text, idea, ideas: [] })),
  ];
}

/** Targets with their dot counts, most dots first (ties keep the board order), each with the
 * `place` the tally gives it (result.py: equal dots share a place; none without dots) and
 * `shared` when another has it too. */
export function results(store, step) {
  const tally = store.tallyFor(step);
  const counts = new Map();
  if (tally && Array.isArray(tally.counts)) for (const c of tally.counts) counts.set(`${c.target_type}:${c.target_id}`, c);
  const rows = voteTargets(store, step)
    .map((target, index) => {
      const count = counts.get(`${target.type}:${target.id}`);
      return { ...target, index, dots: count ? count.dots : 0, place: count ? count.place : null };
    })
    .sort((a, b) => (b.dots - a.dots) || (a.index - b.index));
  const perPlace = new Map();
  for (const row of rows) perPlace.set(row.place, (perPlace.get(row.place) || 0) + 1);
  for (const row of rows) row.shared = row.dots > 0 && perPlace.get(row.place) > 1;
  return rows;
}

/** The results, or why a small group's are not shown (the server withheld them). */
export function resultsOrWithheld(store, step, options) {
  const tally = store.tallyFor(step);
  return tally && tally.withheld ? withheldNote(tally) : resultBars(results(store, step), options);
}

/**
 * Horizontal result bars. `results` from results(); `options.mine` maps "type:id" -> my dots
 * (phone).
 */
export function resultBars(rows, { mine, showZero = true, limit } = {}) {
  const max = Math.max(1, ...rows.map((r) => r.dots));
  const shown = rows.filter((r) => showZero || r.dots > 0).slice(0, limit || undefined);
  if (!shown.length) return h("p", { class: "empty", text: t("results_none") });
  return h("ol", { class: "bars", testid: "results" }, shown.map((r) => {
    const share = Math.round((r.dots / max) * 100);
    const myDots = mine ? mine.get(`${r.type}:${r.id}`) || 0 : 0;
    // A tie is drawn as a tie: the same colour for every first, and "shared 1." on each.
    return h("li", {
      class: ["bar", r.type === "cluster" ? "bar--cluster" : "bar--idea", r.place === 1 && r.dots > 0 && "bar--top"],
      testid: "result",
      data: { targetType: r.type, targetId: r.id, dots: r.dots, place: r.place, shared: r.shared ? "1" : "0" },
    },
    h("div", { class: "bar__label" },
      r.dots > 0 ? h("span", { class: ["bar__place", r.shared && "bar__place--shared"], testid: "result-place",
        text: r.shared ? t("place_shared", { place: r.place }) : t("place", { place: r.place }) }) : null,
      h("span", { class: "bar__title", text: r.title }),
      r.type === "cluster" ? h("span", { class: "bar__meta", text: t("cluster_idea_count", { count: r.ideas.length }) }) : null,
      myDots ? h("span", { class: "bar__mine", text: t("your_dots", { count: myDots }) }) : null),
    h("div", { class: "bar__track", aria: { hidden: "true" } },
      h("div", { class: "bar__fill", style: { width: `${share}%` } })),
    h("span", { class: "bar__count", text: String(r.dots), testid: "result-dots", data: { dots: r.dots } }));
  }));
}
