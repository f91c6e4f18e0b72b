// The action plan on the projector: what, who, by when and how many join in.
import { t, h } from "/static/js/dom.js";
import { state, actionsOf, actionStatus } from "./actions.js";

export { state };

export function render(step, page) {
  const list = actionsOf(page.store, step.id);
  if (!list.length) return { content: h("p", { class: "wall__empty", testid: "actions-empty", text: t("actions_empty") }) };
  return { content: h("table", { class: "action-table", testid: "actions" },
    h("thead", {}, h("tr", {},
      h("th", { scope: "col", text: t("action_what") }),
      h("th", { scope: "col", text: t("action_who") }),
      h("th", { scope: "col", text: t("action_due") }),
      h("th", { scope: "col", class: "action-table__num", text: t("action_volunteers") }))),
    h("tbody", {}, list.map((action) => h("tr", { class: ["action-row", `action-row--${action.status}`], testid: "action",
      data: { actionId: action.id, volunteers: action.volunteers, paged: "" } },
    h("td", { class: "action-table__what" }, h("span", { text: action.what }), actionStatus(action)),
    h("td", { text: action.who || "–" }),
    h("td", { text: action.due || "–" }),
    h("td", { class: "action-table__num", testid: "action-volunteers", text: String(action.volunteers) }))))) };
}
