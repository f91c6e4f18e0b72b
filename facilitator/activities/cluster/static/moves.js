// Clustering's moves on the console, all through the server's undoable events: one idea
// dragged or sent with its card's menu, several selected ideas at once, and undo.
import { t, announce } from "/static/js/dom.js";
import { toast } from "/static/js/live.js";

/** Sends a clustering event for the board's source; a refusal is said in a toast. */
export async function send(ctx, event, payload) {
  const answer = await ctx.send(event, { step_id: ctx.boardSource(), ...payload });
  if (!answer.ok && answer.message) toast(answer.message);
  ctx.render();
  return answer;
}

/** The core board's drag and card menu, as an undoable move of one idea. */
export function moveIdea(ctx, { idea_id, cluster_id, position }) {
  return send(ctx, "cluster.move", { idea_ids: [idea_id], cluster_id, ...(position == null ? {} : { position }) });
}

/** Moves the ideas, in that order, to the end of `clusterId` (null: back to unsorted). */
export async function moveIdeas(ctx, ideaIds, clusterId) {
  const answer = await send(ctx, "cluster.move", { idea_ids: ideaIds, cluster_id: clusterId });
  if (answer.ok) {
    const cluster = clusterId == null ? null : ctx.store.clusters.get(clusterId);
    announce(t("cluster_moved", { count: ideaIds.length, title: cluster ? cluster.title : t("unsorted") }));
  }
  return answer;
}

export async function undo(ctx) {
  const answer = await send(ctx, "cluster.undo", {});
  if (answer.ok) announce(t("cluster_undone"));
  return answer;
}
