// The action plan on the phone: the actions as the facilitator writes them, and "I'll join in".
import { t, h } from "/static/js/dom.js";
import { state, actionsOf, volunteered, setVolunteered, upsertAction, actionStatus } from "./actions.js";

export { state };

const pending = new Map(); // action id -> willing, while the server has not answered

async function toggle(page, action, willing) {
  pending.set(action.id, willing);
  page.render();
  const answer = await page.send("action.volunteer", { action_id: action.id, willing });
  pending.delete(action.id);
  if (answer.ok) {
    if (answer.action) upsertAction(page.store, answer.action);
    setVolunteered(page.store, answer.volunteered);
  } else {
    page.render();
  }
}

function actionCard(page, action) {
  const waiting = pending.has(action.id);
  const joined = waiting ? pending.get(action.id) : volunteered(page.store, action.id);
  return h("li", { class: ["action-card", joined && "action-card--joined", action.status === "dropped" && "action-card--dropped"],
    testid: "action", data: { actionId: action.id, volunteered: joined ? "1" : "0", volunteers: action.volunteers } },
  h("div", { class: "action-card__body" },
    h("p", { class: "action-card__what", text: action.what, testid: "action-what" }),
    h("p", { class: "action-card__meta" },
      action.who ? h("span", { text: t("action_who_value", { who: action.who }), testid: "action-who" }) : null,
      action.due ? h("span", { text: t("action_due_value", { due: action.due }), testid: "action-due" }) : null,
      actionStatus(action)),
    h("p", { class: "action-card__count", testid: "action-volunteers", data: { count: action.volunteers },
      text: t("action_volunteer_count", { count: action.volunteers }) },
    (action.volunteer_names || []).length ? h("span", { class: "action-card__names", text: ` · ${action.volunteer_names.join(", ")}` }) : null)),
  h("button", { type: "button", class: ["btn", "btn--big", "action-card__toggle", joined ? "btn--primary" : null],
    testid: "action-volunteer", disabled: waiting,
    aria: { pressed: joined ? "true" : "false", label: joined ? t("action_leave_label", { what: action.what }) : t("action_join_label", { what: action.what }) },
    on: { click: () => toggle(page, action, !joined) } },
  h("span", { attrs: { "aria-hidden": "true" }, text: joined ? "✓" : "+" }),
  h("span", { text: joined ? t("action_joined") : t("action_join") })));
}

export function render(step, page) {
  const list = actionsOf(page.store, step.id);
  if (!list.length) return { parts: [page.notice(t("actions_empty"), "actions-empty")] };
  return { parts: [h("section", { class: "actions", aria: { labelledby: "actions-heading" } },
    h("h3", { id: "actions-heading", class: "section-title", text: t("actions_heading") }),
    h("p", { class: "hint", text: t("actions_hint") }),
    // Volunteering is named, in an anonymous workshop too: said before anyone taps.
    h("p", { class: "notice notice--named", testid: "volunteer-named", attrs: { role: "note" },
      text: page.store.me && page.store.me.nickname ? t("actions_named", { name: page.store.me.nickname }) : t("actions_named_no_nickname") }),
    h("ul", { class: "actions__list", testid: "actions" }, list.map((action) => actionCard(page, action))))] };
}
