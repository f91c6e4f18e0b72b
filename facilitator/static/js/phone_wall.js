// The wall on the phone: everyone's ideas of a step, grouped into its clusters; ideas that came
// in since the first drawing get a short highlight, mine are marked.
import { t, h } from "./dom.js";
import { ideaNote } from "./views.js";

/** `isMine(id)`: whether an idea is this phone's. Returns wall(sourceId) -> node. */
export function createWall(store, isMine) {
  let seen = null; // idea ids already drawn on the wall

  return function wall(sourceId) {
    const { clusters, unsorted } = store.groups(sourceId);
    const total = unsorted.length + clusters.reduce((n, g) => n + g.ideas.length, 0);
    // The server names an idea's writer only in a step that shows names (domain/privacy.py).
    const showAuthor = true;
    const firstDraw = seen === null;
    if (firstDraw) seen = new Set();
    const note = (idea) => {
      const isNew = !firstDraw && !seen.has(idea.id);
      seen.add(idea.id);
      return ideaNote(idea, { isNew, mine: isMine(idea.id), showAuthor });
    };
    const groups = clusters.map(({ cluster, ideas }) =>
      h("section", { class: "group", testid: "wall-cluster", data: { clusterId: cluster.id } },
        h("h4", { class: "group__title" }, h("span", { text: cluster.title }),
          h("span", { class: "group__count", text: String(ideas.length) })),
        ideas.length ? h("ul", { class: "notes" }, ideas.map(note)) : h("p", { class: "empty", text: t("cluster_empty") })));
    if (unsorted.length) {
      groups.push(h("section", { class: "group group--unsorted", testid: "wall-unsorted" },
        clusters.length ? h("h4", { class: "group__title", text: t("unsorted") }) : null,
        h("ul", { class: "notes" }, unsorted.map(note))));
    }
    return h("section", { class: "wall", testid: "wall", aria: { labelledby: "wall-heading" } },
      h("h3", { id: "wall-heading", class: "section-title", text: t("wall_heading", { count: total }) }),
      total || clusters.length ? groups : h("p", { class: "empty", text: t("wall_empty") }));
  };
}
