// Pieces of the projector the activity types' projector modules build with (screen.js `page`):
// the wall of sticky notes, the count of answers before the reveal and the figures after it.
import { t, h } from "./dom.js";
import { ideaNote, distributionChart, statsView, withheldNote } from "./views.js";

/** The wall of a step's ideas: wall(sourceId, {grouped, unsortedLabel, themes}) -> node. New
 * ideas (since the first drawing) get a short highlight. With `themes` (what a vote is on) a
 * cluster is its title and how many ideas it holds, big, without its notes. */
export function createWall(store) {
  let seen = null; // idea ids already on the wall

  return function wall(sourceId, { grouped, unsortedLabel, themes = false }) {
    const firstDraw = seen === null;
    if (firstDraw) seen = new Set();
    const note = (idea) => {
      const isNew = !firstDraw && !seen.has(idea.id);
      seen.add(idea.id);
      // The server names an idea's writer only in a step that shows names (domain/privacy.py).
      const node = ideaNote(idea, { isNew, showAuthor: true });
      node.dataset.paged = ""; // a unit of the wall's pages (screen_fit.js)
      return node;
    };
    const { clusters, unsorted } = store.groups(sourceId);
    const total = unsorted.length + clusters.reduce((n, g) => n + g.ideas.length, 0);
    if (!total && !clusters.length) {
      return h("div", { class: "wall wall--empty", testid: "wall" }, h("p", { class: "wall__empty", text: t("screen_no_ideas") }));
    }
    if (!grouped || !clusters.length) {
      const ideas = [...clusters.flatMap((g) => g.ideas), ...unsorted];
      return h("ul", { class: "wall wall--flat notes", testid: "wall", data: { count: total } }, ideas.map(note));
    }
    const group = (attrs, title, ideas) => h("section", { ...attrs, data: { ...attrs.data, size: ideas.length > 4 ? "big" : "small", pagedGroup: "" } },
      h("h2", { class: "group__title" }, h("span", { text: title }), h("span", { class: "group__count", text: String(ideas.length) })),
      h("ul", { class: "notes" }, ideas.map(note)));
    const theme = ({ cluster, ideas }) => h("section", { class: "theme", testid: "wall-cluster", data: { clusterId: cluster.id, paged: "" } },
      h("h2", { class: "theme__title", text: cluster.title }),
      h("p", { class: "theme__count", text: t("screen_theme_ideas", { count: ideas.length }) }));
    const groups = themes ? [h("div", { class: "themes", data: { pagedGroup: "" } }, clusters.map(theme))]
      : clusters.map(({ cluster, ideas }) => group({ class: "group", testid: "wall-cluster", data: { clusterId: cluster.id } }, cluster.title, ideas));
    if (unsorted.length) {
      groups.push(group({ class: "group group--unsorted", testid: "wall-unsorted", data: {} }, unsortedLabel || t("unsorted"), unsorted));
    }
    return h("div", { class: "wall wall--grouped", testid: "wall", data: { count: total } }, groups);
  };
}

/** Marks `list`'s items as units the wall may page (screen_fit.js) when they do not all fit. */
export function paged(list) {
  if (list) for (const item of list.children) item.dataset.paged = "";
  return list;
}

/** Before the reveal: how many have answered, never what. */
export function countPanel(count, instruction) {
  return h("div", { class: "count-panel", testid: "answers-so-far", data: { count: count ?? "" } },
    h("p", { class: "count-panel__number", text: count == null ? "–" : String(count) }),
    h("p", { class: "count-panel__label", text: t("answers") }),
    instruction ? h("p", { class: "count-panel__hint", text: instruction }) : null);
}

/** The step's tally once its results are revealed (and in), else null. */
export function revealedTally(store, step) {
  const tally = store.tallyFor(step);
  return step.results_revealed && tally && tally.counts ? tally : null;
}

/** How many answered so far, with `instruction` while the answers are open. */
export function answersSoFar(store, step, instruction) {
  const tally = store.tallyFor(step);
  const panel = countPanel(tally ? tally.responses : null, step.submissions_open ? instruction : t("answers_closed"));
  return step.results_revealed && tally && tally.withheld ? h("div", {}, panel, withheldNote(tally)) : panel;
}

/** A revealed tally's distribution with its median, average and count beside it. */
export function answerFigures(tally, { chart = {}, className } = {}) {
  return h("div", { class: ["answers", className], testid: "answer-results" },
    h("div", { class: "answers__chart" }, distributionChart(tally.counts, tally.low, chart)),
    h("div", { class: "answers__side" }, statsView(tally)));
}
