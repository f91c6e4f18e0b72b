// The ranking's share of the state (snapshot key `ranking_options`, change kind
// `ranking.options`: the current ranking step's options), each phone's own order of them, and
// the result as every surface shows it.
import { t, h } from "/static/js/dom.js";

export const state = {
  read: (snapshot) => ({ options: snapshot.ranking_options || null }),
  changes: {
    "ranking.options": (slice, change) => ({ options: { step_id: change.step_id, options: change.options || [] } }),
  },
};

/** The options of `step` in the facilitator's order: [{id, text, position}]. */
export function optionsOf(store, step) {
  const { options } = store.part(state);
  return options && step && options.step_id === step.id ? options.options : [];
}

// A small seeded generator (mulberry32 over a string hash): the same seed gives the same order on
// every load, another participant's seed another order.
function generator(seed) {
  let a = 2166136261;
  for (const char of seed) a = Math.imul(a ^ char.charCodeAt(0), 16777619);
  return () => {
    a = (a + 0x6D2B79F5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** The options in this participant's own order (Fisher–Yates, seeded by step and participant). */
export function ownOrder(options, stepId, participantId) {
  const order = [...options].sort((a, b) => a.id - b.id);
  const next = generator(`ranking:${stepId}:${participantId}`);
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/** The result rows of the tally: [{id, text, points, place, positions}], most points first. */
export function resultOf(store, step) {
  const tally = store.tallyFor(step);
  return tally && Array.isArray(tally.ranking) ? tally.ranking : [];
}

/** How often an option got each place: one cell per place, darker the more often. */
export function positionsRow(positions, { testid = "ranking-positions" } = {}) {
  const most = Math.max(1, ...positions);
  return h("ol", { class: "rpos", testid, data: { positions: positions.join(",") } }, positions.map((count, place) =>
    h("li", { class: "rpos__cell",
      style: { background: `rgba(28, 79, 216, ${(0.08 + 0.92 * (count / most)).toFixed(2)})` },
      aria: { label: t("ranking_place_count", { place: place + 1, count }) } },
    h("span", { class: "rpos__pill", attrs: { "aria-hidden": "true" } },
      h("span", { class: "rpos__place", text: `${place + 1}.` }),
      h("span", { class: "rpos__count", text: String(count) })))));
}

/** The result as a ranked list with points and the places' distribution. */
export function resultList(rows, { limit } = {}) {
  if (!rows.length) return h("p", { class: "empty", text: t("ranking_none") });
  return h("ol", { class: "rresult", testid: "ranking-result" }, rows.slice(0, limit || undefined).map((row) =>
    h("li", { class: "rresult__row", testid: "ranking-row", data: { optionId: row.id, points: row.points, place: row.place } },
      h("span", { class: "rresult__place", text: `${row.place}.` }),
      h("span", { class: "rresult__text", text: row.text }),
      h("span", { class: "rresult__points", text: t(row.points === 1 ? "ranking_point" : "ranking_points", { count: row.points }) }),
      positionsRow(row.positions))));
}
