// The scale on the console: the live answers.
import { answersPanel } from "/static/js/console_answers.js";

export const addStep = { order: 4 };

export function panel(ctx, step) {
  return answersPanel(ctx, step.id);
}
