// Clustering on the console: the board of the source's ideas (core), with suggested themes
// above it (themes.js), several ideas picked and moved at once (picking.js), and every move
// undoable (moves.js).
import { t, h } from "/static/js/dom.js";
import { createThemes } from "./themes.js";

export const board = true;
export const addStep = { order: 2 };
export { moveIdea } from "./moves.js";
export { decorateBoard } from "./picking.js";

export function panel(ctx) {
  if (ctx.boardSource() == null) return ctx.plainPanel(() => h("p", { class: "notice notice--warn", text: t("no_source_long") }));
  return createThemes(ctx);
}
