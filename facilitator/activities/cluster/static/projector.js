// Clustering on the projector: the source's ideas in their groups, as the facilitator forms them.
export function render(step, page) {
  const source = page.store.sourceOf(step);
  return { content: source != null ? page.wall(source, { grouped: true }) : page.followFacilitator() };
}
