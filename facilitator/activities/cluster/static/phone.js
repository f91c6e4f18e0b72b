// Clustering on the phone: the wall of the source's ideas, grouped as the facilitator groups them.
import { t } from "/static/js/dom.js";

export function render(step, page) {
  const source = page.store.sourceOf(step);
  return { parts: [page.notice(t("clustering_text"), "clustering"), source != null ? page.wall(source) : null] };
}
