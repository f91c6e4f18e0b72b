// The console's agenda: steps grouped by the method they came from, the inline step editor with
// the activity type's options (from its declaration), adding a step, clearing, the day's goals
// and its time.
import { t, h, replace, setText, isEditingInside, confirmButton } from "./dom.js";
import { tn } from "./plural.js";
import { toast } from "./live.js";
import { activityLabel } from "./views.js";
import { moduleOf } from "./activities.js";
import { declaration } from "./declarations.js";
import { addable, field, numberOrNull, optionFields } from "./console_step_form.js";
import { duration, plannedMinutes, actualMinutes, isOver, stepTimeText } from "./console_time.js";
import { createDayClock } from "./console_day.js";

export function createAgenda(ctx, ui) {
  const { store, view, act } = ctx;
  const methodTitles = new Map((ctx.library.methods || []).map((m) => [m.id, m.title]));

  function stepMeta(step) {
    const front = moduleOf(step.activity);
    const parts = [activityLabel(step.activity), ...(front.meta ? front.meta(step, store) : [])];
    if (step.optional) parts.push(t("step_optional"));
    const kind = declaration(step.activity);
    if (step.source_step_id != null) {
      const source = store.step(step.source_step_id);
      if (source) parts.push(t("works_on", { title: source.title }));
    } else if (kind && kind.uses_source) {
      parts.push(t("no_source"));
    }
    return parts.join(" · ");
  }

  function timeLine(step) {
    const actual = actualMinutes(step, store);
    return h("p", { class: ["agenda-item__time", isOver(step, actual) && "is-over"], text: stepTimeText(step, store),
      testid: "step-time", data: { stepId: step.id, planned: step.time_box_minutes ?? "", actual: actual == null ? "" : Math.round(actual),
        clockStart: step.clock ? step.clock.start : "" } });
  }

  function stepItem(step, index, count) {
    const active = step.state === "active";
    return h("li", {
      class: ["agenda-item", `agenda-item--${step.state}`],
      testid: "step", data: { stepId: step.id, state: step.state, activity: step.activity },
      aria: { current: active ? "step" : null },
    },
    h("div", { class: "agenda-item__main" },
      h("span", { class: "agenda-item__number", text: String(index + 1), attrs: { "aria-hidden": "true" } }),
      h("div", { class: "agenda-item__text" },
        h("p", { class: "agenda-item__title", text: step.title, testid: "step-title" }),
        h("p", { class: "agenda-item__meta", text: stepMeta(step), testid: "step-meta" }),
        timeLine(step),
        notesOf(step, active)),
      h("span", { class: ["state", `state--${step.state}`], text: t(`state_${step.state}`), testid: "step-state" })),
    h("div", { class: "agenda-item__actions" },
      active ? null : h("button", { type: "button", class: "btn btn--small", text: t("go_to_step"), testid: "step-goto",
        on: { click: (e) => act("step.goto", { step_id: step.id }, e.currentTarget) } }),
      h("button", { type: "button", class: "btn btn--small btn--quiet", text: t("edit"), testid: "step-edit",
        on: { click: () => { view.editingStep = step.id; openEditor(step); } } }),
      h("button", { type: "button", class: "btn btn--small btn--quiet btn--icon", text: "↑", testid: "step-up",
        disabled: index === 0, aria: { label: t("move_up_label", { title: step.title }) },
        on: { click: (e) => act("step.move", { step_id: step.id, position: index - 1 }, e.currentTarget) } }),
      h("button", { type: "button", class: "btn btn--small btn--quiet btn--icon", text: "↓", testid: "step-down",
        disabled: index === count - 1, aria: { label: t("move_down_label", { title: step.title }) },
        on: { click: (e) => act("step.move", { step_id: step.id, position: index + 1 }, e.currentTarget) } }),
      active ? null : confirmButton({ label: t("remove"), confirmLabel: t("remove_confirm"), testid: "step-remove",
        confirmTestid: "step-remove-confirm", onConfirm: () => act("step.remove", { step_id: step.id }) })));
  }

  /** The facilitator's notes: open under the current step, folded under the others. */
  function notesOf(step, active) {
    if (!step.notes) return null;
    const body = h("p", { class: "agenda-item__notes-text", text: step.notes, testid: "step-notes" });
    return h("details", { class: "agenda-item__notes", open: active },
      h("summary", { text: t("notes_heading") }), body);
  }

  /** Consecutive steps of one method addition (`block`) under the method's title. */
  function blockItem(steps, items) {
    const first = steps[0];
    const title = methodTitles.get(first.method_id) || first.method_id || "";
    const removable = !steps.some((s) => s.state === "active");
    return h("li", { class: ["agenda-block", steps.some((s) => s.state === "active") && "agenda-block--active"],
      testid: "agenda-block", data: { block: first.block, methodId: first.method_id ?? "" } },
    h("div", { class: "agenda-block__head" },
      h("p", { class: "agenda-block__title", text: title, testid: "block-title" }),
      h("span", { class: "agenda-block__meta", text: `${tn("block_steps", steps.length, { count: steps.length })} · ${duration(plannedMinutes(steps))}` }),
      removable ? confirmButton({ label: t("block_remove"), confirmLabel: t("block_remove_confirm"), testid: "block-remove",
        confirmTestid: "block-remove-confirm", className: "btn btn--tiny btn--danger-quiet",
        onConfirm: async () => { for (const s of steps) await ctx.send("step.remove", { step_id: s.id }); } }) : null),
    h("ol", { class: "agenda-block__steps" }, items));
  }

  let listKey = null; // what the list was drawn from: an unchanged list keeps its nodes and the focus

  function renderList() {
    if (view.editingStep != null && store.step(view.editingStep)) return; // the inline form stays
    view.editingStep = null;
    if (isEditingInside(ui.agenda)) return;
    // A type's agenda line may read more of the state than the steps (a ranking's options).
    const key = JSON.stringify([store.steps, store.steps.map(stepMeta)]);
    if (key === listKey) return;
    listKey = key;
    // A keyboard user on a step's button stays on that button of the redrawn step.
    const active = ui.agenda.contains(document.activeElement) ? document.activeElement : null;
    const keep = active && active.closest("[data-step-id]")
      ? `[data-step-id="${active.closest("[data-step-id]").dataset.stepId}"] [data-testid="${active.dataset.testid}"]` : null;
    const steps = store.steps;
    const rows = [];
    for (let i = 0; i < steps.length;) {
      const block = steps[i].block;
      let j = i + 1;
      if (block != null) while (j < steps.length && steps[j].block === block) j += 1;
      const items = steps.slice(i, j).map((step, k) => stepItem(step, i + k, steps.length));
      rows.push(block != null ? blockItem(steps.slice(i, j), items) : items[0]);
      i = j;
    }
    replace(ui.agenda, rows);
    if (!steps.length) ui.agenda.appendChild(h("li", { class: "empty", text: t("agenda_empty") }));
    if (keep) ui.agenda.querySelector(keep)?.focus();
  }

  function openEditor(step) {
    const item = ui.agenda.querySelector(`[data-step-id="${step.id}"]`);
    if (!item) return;
    const title = h("input", { class: "input", value: step.title, maxLength: 120, required: true, testid: "step-edit-title" });
    const prompt = h("textarea", { class: "input", value: step.prompt || "", maxLength: 500, rows: 3, testid: "step-edit-prompt" });
    const minutes = h("input", { class: "input", type: "number", min: 1, max: 480, value: step.time_box_minutes ?? "", testid: "step-edit-minutes" });
    const shortest = h("input", { class: "input", type: "number", min: 1, max: 480, value: step.min_minutes ?? "", testid: "step-edit-min-minutes" });
    const optional = h("input", { type: "checkbox", checked: Boolean(step.optional), testid: "step-edit-optional" });
    const notes = h("textarea", { class: "input", value: step.notes || "", maxLength: 4000, rows: 4, testid: "step-edit-notes" });
    const options = optionFields(step.activity, step.options || {}, "step-edit");
    listKey = null; // the list is drawn again when the form closes
    const close = () => { view.editingStep = null; ctx.render(); };
    const form = h("form", { class: "stack stack--tight step-editor", testid: "step-edit-form" },
      h("p", { class: "step-editor__kind", text: activityLabel(step.activity) }),
      field(t("field_title"), title),
      field(t("field_prompt"), prompt),
      h("div", { class: "field-row" }, field(t("field_minutes"), minutes), field(t("field_min_minutes"), shortest)),
      h("label", { class: "check" }, optional, h("span", { text: t("field_optional") })),
      options.nodes,
      field(t("field_notes"), notes),
      h("div", { class: "row" },
        h("button", { type: "submit", class: "btn btn--primary btn--small", text: t("save"), testid: "step-edit-save" }),
        h("button", { type: "button", class: "btn btn--small", text: t("cancel"), testid: "step-edit-cancel", on: { click: close } })));
    form.addEventListener("keydown", (e) => { if (e.key === "Escape") close(); });
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const payload = { step_id: step.id, title: title.value.trim(), prompt: prompt.value.trim(), time_box_minutes: numberOrNull(minutes.value),
        min_minutes: numberOrNull(shortest.value), optional: optional.checked, notes: notes.value.trim() };
      if (Number.isNaN(payload.time_box_minutes)) { minutes.focus(); return; }
      if (Number.isNaN(payload.min_minutes)) { shortest.focus(); return; }
      if (!options.empty) {
        payload.options = options.read();
        if (!payload.options) return;
      }
      const answer = await act("step.edit", payload);
      if (answer.ok) close();
    });
    replace(item, form);
    item.classList.add("agenda-item--editing");
    title.focus();
  }

  // ---- adding a step (the form's fixed fields are in the template) ----
  const f = ui.addStep.elements;
  replace(f.activity, addable().map((a) => h("option", { value: a, text: activityLabel(a) })));
  const optionsHost = ui.addStep.querySelector("[data-options]");
  let addOptions = null;
  const showAddOptions = () => {
    addOptions = optionFields(f.activity.value, {}, "add-step");
    replace(optionsHost, addOptions.nodes);
    optionsHost.hidden = addOptions.empty;
  };
  showAddOptions();
  f.activity.addEventListener("change", showAddOptions);
  ui.addStep.addEventListener("submit", async (event) => {
    event.preventDefault();
    const payload = { activity: f.activity.value, title: f.title.value.trim(), prompt: f.prompt.value.trim() };
    if (!payload.title) { f.title.focus(); return; }
    const minutes = numberOrNull(f.time_box_minutes.value);
    if (Number.isNaN(minutes)) { f.time_box_minutes.focus(); return; }
    if (minutes != null) payload.time_box_minutes = minutes;
    if (!addOptions.empty) {
      payload.options = addOptions.read();
      if (!payload.options) return;
    }
    const answer = await act("step.add", payload, ui.addStep.querySelector("[type=submit]"));
    if (answer.ok) {
      f.title.value = "";
      f.prompt.value = "";
      f.time_box_minutes.value = "";
      toast(t("step_added"), "ok");
    }
  });

  // ---- clearing (only before the start) ----
  const clear = confirmButton({ label: t("clear_agenda"), confirmLabel: t("clear_agenda_confirm"), testid: "clear-agenda",
    confirmTestid: "clear-agenda-confirm", className: "btn btn--small btn--danger-quiet",
    onConfirm: () => act("agenda.clear", {}, clear) });
  ui.clearHost.replaceChildren(clear);

  // ---- the day's goals ----
  const goalsInput = h("textarea", { class: "input", rows: 4, maxLength: 1000, testid: "goals-input",
    placeholder: t("goals_placeholder"), aria: { label: t("goals_heading") } });
  let goalsDirty = false;
  goalsInput.addEventListener("input", () => { goalsDirty = true; });
  const goalsSave = h("button", { type: "submit", class: "btn btn--small btn--primary", text: t("goals_save"), testid: "goals-save" });
  const goalsForm = h("form", { class: "stack stack--tight goals__form", testid: "goals-form" },
    h("p", { class: "field__help", text: t("goals_hint") }), goalsInput, h("div", { class: "row" }, goalsSave));
  goalsForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    const answer = await act("workshop.goals", { goals: goalsInput.value.trim() }, goalsSave);
    if (answer.ok) { goalsDirty = false; toast(t("goals_saved"), "ok"); }
  });
  const goalsSummary = h("summary", { class: "goals__summary", testid: "goals-summary" });
  replace(ui.goals, goalsSummary, goalsForm);
  let goalsOpened = false;

  function renderGoals() {
    const text = (store.workshop && store.workshop.goals) || "";
    const count = text.split("\n").filter((line) => line.trim()).length;
    setText(goalsSummary, count ? t("goals_count", { count }) : t("goals_heading"));
    if (!goalsDirty && document.activeElement !== goalsInput && goalsInput.value !== text) goalsInput.value = text;
    if (!goalsOpened) { goalsOpened = true; ui.goals.open = !store.started; }
  }

  const dayClock = createDayClock(ctx, ui.dayTime);

  /** The day's clock, and each step's time line. */
  function renderTimes() {
    dayClock.render();
    for (const node of ui.agenda.querySelectorAll("[data-testid=step-time]")) {
      const step = store.step(Number(node.dataset.stepId));
      if (!step) continue;
      const actual = actualMinutes(step, store);
      setText(node, stepTimeText(step, store));
      node.classList.toggle("is-over", isOver(step, actual));
      node.dataset.actual = actual == null ? "" : String(Math.round(actual));
    }
  }

  return {
    render() {
      renderList();
      renderGoals();
      clear.hidden = store.started || !store.steps.length;
      renderTimes();
    },
    renderTimes,
  };
}
