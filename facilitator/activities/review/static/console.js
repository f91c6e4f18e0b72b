// The series review on the console: the actions carried over from last time, their status set
// with the group; no new ones. Added by the series feature, never by hand.
import { t } from "/static/js/dom.js";
import { state, actionsPanel } from "../../action_plan/static/console.js";

export { state };
export const addStep = null;

export function panel(ctx, step) {
  return actionsPanel(ctx, step, { heading: t("activity_review"), adding: false });
}
