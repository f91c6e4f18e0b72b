// The series review on the projector: last time's actions, as in an action plan.
export { state, render } from "../../action_plan/static/projector.js";
