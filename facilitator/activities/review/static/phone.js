// The series review on the phone: last time's actions, shown and joined as in an action plan.
export { state, render } from "../../action_plan/static/phone.js";
