// The action plan on the console: what, who, by when and the status of each action, edited in
// place, and new actions.
import { t, h, replace, newClientId, isEditingInside, confirmButton } from "/static/js/dom.js";
import { state, actionsOf, upsertAction } from "./actions.js";

export { state };
export const addStep = { order: 7 };
export const options = { seed_count: { label: "field_seed_actions", testid: "seed-count" } };

const STATUSES = ["not_started", "in_progress", "done", "dropped"];

/** The actions of `step`, editable; `adding`: with a form for new ones. */
export function actionsPanel(ctx, step, { heading = t("actions_heading"), adding = true } = {}) {
  const stepId = step.id;
  const { store, act } = ctx;
  const el = h("section", { class: "actions", testid: "actions-panel" });
  const body = h("tbody");
  const table = h("table", { class: "action-table", testid: "action-table" },
    h("thead", {}, h("tr", {},
      ["action_what", "action_who", "action_due", "action_status", "action_volunteers"].map((key) => h("th", { scope: "col", text: t(key) })),
      h("th", { scope: "col" }, h("span", { class: "sr-only", text: t("delete") })))),
    body);
  const none = h("p", { class: "empty", text: t("action_none"), testid: "action-none" });
  const newWhat = h("input", { class: "input", maxLength: 280, placeholder: t("action_what_placeholder"), testid: "action-new-what", aria: { label: t("action_what") } });
  const newWho = h("input", { class: "input", maxLength: 200, placeholder: t("action_who"), testid: "action-new-who", aria: { label: t("action_who") } });
  const newDue = h("input", { class: "input", maxLength: 40, placeholder: t("action_due_placeholder"), testid: "action-new-due", aria: { label: t("action_due") } });
  const add = h("button", { type: "submit", class: "btn btn--primary", text: t("action_add"), testid: "action-add" });
  const form = h("form", { class: "action-new", testid: "action-new-form" }, newWhat, newWho, newDue, add);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const what = newWhat.value.trim();
    if (!what) { newWhat.focus(); return; }
    const answer = await act("action.create", { client_id: newClientId(), what, who: newWho.value.trim(), due: newDue.value.trim() }, add);
    if (answer.ok) {
      newWhat.value = newWho.value = newDue.value = "";
      if (answer.action) upsertAction(store, answer.action);
      newWhat.focus();
    }
  });
  el.append(...[h("h3", { class: "panel-title", text: heading }), table, none, adding ? form : null].filter(Boolean));

  const save = async (action, key, value, input) => {
    if ((action[key] || "") === value) return;
    if (key === "what" && !value) return;
    const answer = await act("action.edit", { action_id: action.id, [key]: value });
    // The server may write it its own way (a due date typed 30.11. is 30.11.2026): show that.
    if (answer && answer.ok && answer.action && document.activeElement !== input) input.value = answer.action[key] || "";
  };

  function row(action) {
    const text = (key, max, label) => {
      const input = h("input", { class: "input input--small", value: action[key] || "", maxLength: max, testid: `action-${key}`, aria: { label: t(label) } });
      input.addEventListener("change", () => save(action, key, input.value.trim(), input));
      return h("td", {}, input);
    };
    const status = h("select", { class: "input input--small", testid: "action-status", aria: { label: t("action_status") } },
      STATUSES.map((s) => h("option", { value: s, text: t(`status_${s}`), selected: action.status === s })));
    status.addEventListener("change", () => save(action, "status", status.value));
    const names = action.volunteer_names || [];
    return h("tr", { class: ["action-row", `action-row--${action.status}`], testid: "action-row", data: { actionId: action.id, status: action.status } },
      text("what", 280, "action_what"), text("who", 200, "action_who"), text("due", 40, "action_due"),
      h("td", {}, status),
      h("td", { class: "action-row__volunteers", testid: "action-volunteers", data: { count: action.volunteers } },
        h("span", { class: "action-row__count", text: String(action.volunteers) }),
        names.length ? h("span", { class: "action-row__names", text: names.join(", ") }) : null),
      h("td", {}, confirmButton({ label: t("delete"), confirmLabel: t("delete_confirm"), testid: "action-delete",
        confirmTestid: "action-delete-confirm", className: "btn btn--tiny btn--danger-quiet",
        onConfirm: () => act("action.delete", { action_id: action.id }) })));
  }

  let shown = null;
  const update = () => {
    const actions = actionsOf(store, stepId);
    const key = JSON.stringify(actions);
    if (key === shown || isEditingInside(body)) return;
    shown = key;
    replace(body, actions.map(row));
    table.hidden = !actions.length;
    none.hidden = Boolean(actions.length);
  };
  return { el, update };
}

export function panel(ctx, step) {
  return actionsPanel(ctx, step);
}
