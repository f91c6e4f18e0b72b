// Feedback on the console: the live ratings and the comments.
import { answersPanel } from "/static/js/console_answers.js";

export const addStep = { order: 8 };

export function panel(ctx, step) {
  return answersPanel(ctx, step.id, { texts: true });
}
