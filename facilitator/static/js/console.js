// The facilitator's console (laptop, 1366x768 and up).
import Sortable from "../vendor/sortable.esm.js";
import { boot, t, h, byId, replace, setText, batched, newClientId, isEditingInside, copyText, confirmButton, announce } from "./dom.js";
import { Store } from "./state.js";
import { connect, toast, fatalNotice } from "./live.js";
import { startTicker } from "./timer.js";
import { activityLabel, progressText, resultBars, IDEA_MAX } from "./views.js";

const config = boot();
const store = new Store("facilitator");

const ui = {
  agenda: byId("agenda"),
  addStepPanel: byId("add-step-panel"),
  addStep: byId("add-step"),
  head: byId("current-head"),
  prev: byId("prev-step"),
  next: byId("next-step"),
  submissions: byId("toggle-submissions"),
  results: byId("toggle-results"),
  timerForm: byId("timer-form"),
  timerMinutes: byId("timer-minutes"),
  timerStart: byId("timer-start"),
  timerStop: byId("timer-stop"),
  timerDisplay: byId("timer-display"),
  lock: byId("room-lock"),
  projector: byId("open-projector"),
  count: byId("participant-count"),
  copyLink: byId("copy-link"),
  link: byId("facilitator-link"),
  tools: byId("tools"),
  addIdea: byId("add-idea"),
  addIdeaText: byId("add-idea-text"),
  newCluster: byId("new-cluster"),
  newClusterTitle: byId("new-cluster-title"),
  workspace: byId("workspace"),
};

const view = {
  editingStep: null,    // id of the step whose inline form is open
  renaming: null,       // id of the cluster being renamed
  dragging: false,      // a drag is under way: the board must not be redrawn under it
  sortables: [],
  timerStepId: undefined,
  busy: new Set(),      // actions waiting for an answer (buttons disabled meanwhile)
};

/** Sends an event with the button disabled until the answer; resolves with the answer. */
async function act(event, payload = {}, button = null) {
  if (button) button.disabled = true;
  view.busy.add(event);
  const answer = await live.send(event, payload);
  view.busy.delete(event);
  if (button) button.disabled = false;
  render();
  return answer;
}

// ---- top bar -----------------------------------------------------------------------------

function renderTopbar() {
  setText(ui.count, String(store.participants));
  const locked = Boolean(store.workshop.locked);
  ui.lock.disabled = false;
  ui.lock.dataset.testid = locked ? "unlock-room" : "lock-room";
  setText(ui.lock, locked ? t("unlock_room") : t("lock_room"));
  ui.lock.classList.toggle("btn--warn", locked);
  ui.lock.setAttribute("aria-pressed", String(locked));
  ui.lock.title = locked ? t("room_locked_hint") : t("room_open_hint");
}

ui.lock.addEventListener("click", () => act(store.workshop.locked ? "room.unlock" : "room.lock", {}, ui.lock));
ui.projector.addEventListener("click", () => {
  const win = window.open(ui.projector.dataset.url, "projector");
  if (win) win.focus();
});
ui.copyLink.addEventListener("click", async () => {
  const copied = await copyText(ui.link.value, ui.link);
  toast(copied ? t("copied") : t("copy_failed"), copied ? "ok" : "error");
});

// ---- agenda --------------------------------------------------------------------------------

function stepMeta(step) {
  const parts = [activityLabel(step.activity)];
  if (step.time_box_minutes) parts.push(t("minutes_short", { count: step.time_box_minutes }));
  if (step.activity === "dot_vote") {
    const { dotsPerPerson, maxPerItem } = store.voteOptions(step);
    parts.push(t("vote_options_short", { dots: dotsPerPerson, max: maxPerItem }));
  }
  if (step.source_step_id != null) {
    const source = store.step(step.source_step_id);
    if (source) parts.push(t("works_on", { title: source.title }));
  } else if (step.activity !== "brainstorm") {
    parts.push(t("no_source"));
  }
  return parts.join(" · ");
}

function renderAgenda() {
  if (view.editingStep != null && store.step(view.editingStep)) return; // the inline form stays
  view.editingStep = null;
  if (isEditingInside(ui.agenda)) return;
  const count = store.steps.length;
  replace(ui.agenda, store.steps.map((step, index) => {
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
        h("p", { class: "agenda-item__meta", text: stepMeta(step) })),
      h("span", { class: ["state", `state--${step.state}`], text: t(`state_${step.state}`), testid: "step-state" })),
    h("div", { class: "agenda-item__actions" },
      active ? null : h("button", { type: "button", class: "btn btn--small", text: t("go_to_step"), testid: "step-goto",
        on: { click: (e) => act("step.goto", { step_id: step.id }, e.currentTarget) } }),
      h("button", { type: "button", class: "btn btn--small btn--quiet", text: t("edit"), testid: "step-edit",
        on: { click: () => { view.editingStep = step.id; replaceWithEditor(step); } } }),
      h("button", { type: "button", class: "btn btn--small btn--quiet btn--icon", text: "↑", testid: "step-up",
        disabled: index === 0, aria: { label: t("move_up_label", { title: step.title }) },
        on: { click: (e) => act("step.move", { step_id: step.id, position: index - 1 }, e.currentTarget) } }),
      h("button", { type: "button", class: "btn btn--small btn--quiet btn--icon", text: "↓", testid: "step-down",
        disabled: index === count - 1, aria: { label: t("move_down_label", { title: step.title }) },
        on: { click: (e) => act("step.move", { step_id: step.id, position: index + 1 }, e.currentTarget) } }),
      active ? null : confirmButton({ label: t("remove"), confirmLabel: t("remove_confirm"), testid: "step-remove",
        confirmTestid: "step-remove-confirm", onConfirm: () => act("step.remove", { step_id: step.id }) })));
  }));
  if (!count) ui.agenda.appendChild(h("li", { class: "empty", text: t("agenda_empty") }));
}

function numberOrNull(value) {
  if (value === "" || value == null) return null;
  const number = Number(value);
  return Number.isFinite(number) ? Math.round(number) : NaN;
}

function replaceWithEditor(step) {
  const item = ui.agenda.querySelector(`[data-step-id="${step.id}"]`);
  if (!item) return;
  const isVote = step.activity === "dot_vote";
  const { dotsPerPerson, maxPerItem } = store.voteOptions(step);
  const field = (label, input) => h("label", { class: "field" }, h("span", { class: "field__label", text: label }), input);
  const title = h("input", { class: "input", value: step.title, maxLength: 120, required: true, testid: "step-edit-title" });
  const prompt = h("textarea", { class: "input", value: step.prompt || "", maxLength: 500, rows: 3, testid: "step-edit-prompt" });
  const minutes = h("input", { class: "input", type: "number", min: 1, max: 480, value: step.time_box_minutes ?? "", testid: "step-edit-minutes" });
  const dots = h("input", { class: "input", type: "number", min: 1, max: 20, value: dotsPerPerson, testid: "step-edit-dots" });
  const perItem = h("input", { class: "input", type: "number", min: 1, max: 20, value: maxPerItem, testid: "step-edit-max-per-item" });
  const close = () => { view.editingStep = null; render(); };
  const form = h("form", { class: "stack stack--tight step-editor", testid: "step-edit-form" },
    h("p", { class: "step-editor__kind", text: activityLabel(step.activity) }),
    field(t("field_title"), title),
    field(t("field_prompt"), prompt),
    field(t("field_minutes"), minutes),
    isVote ? h("div", { class: "field-row" }, field(t("field_dots"), dots), field(t("field_max_per_item"), perItem)) : null,
    h("div", { class: "row" },
      h("button", { type: "submit", class: "btn btn--primary btn--small", text: t("save"), testid: "step-edit-save" }),
      h("button", { type: "button", class: "btn btn--small", text: t("cancel"), testid: "step-edit-cancel", on: { click: close } })));
  form.addEventListener("keydown", (e) => { if (e.key === "Escape") close(); });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const payload = { step_id: step.id, title: title.value.trim(), prompt: prompt.value.trim(), time_box_minutes: numberOrNull(minutes.value) };
    if (Number.isNaN(payload.time_box_minutes)) { minutes.focus(); return; }
    if (isVote) payload.options = { dots_per_person: numberOrNull(dots.value), max_dots_per_item: numberOrNull(perItem.value) };
    const answer = await act("step.update", payload);
    if (answer.ok) close();
  });
  replace(item, form);
  item.classList.add("agenda-item--editing");
  title.focus();
}

// Add step form (its markup and labels are in the template).
const addStepVoteOnly = ui.addStep.querySelector("[data-vote-only]");
ui.addStep.elements.activity.addEventListener("change", () => {
  addStepVoteOnly.hidden = ui.addStep.elements.activity.value !== "dot_vote";
});
ui.addStep.addEventListener("submit", async (event) => {
  event.preventDefault();
  const f = ui.addStep.elements;
  const payload = { activity: f.activity.value, title: f.title.value.trim(), prompt: f.prompt.value.trim() };
  if (!payload.title) { f.title.focus(); return; }
  const minutes = numberOrNull(f.time_box_minutes.value);
  if (Number.isNaN(minutes)) { f.time_box_minutes.focus(); return; }
  if (minutes != null) payload.time_box_minutes = minutes;
  if (payload.activity === "dot_vote") {
    payload.options = { dots_per_person: numberOrNull(f.dots_per_person.value) ?? 3, max_dots_per_item: numberOrNull(f.max_dots_per_item.value) ?? 2 };
  }
  const answer = await act("step.add", payload, ui.addStep.querySelector("[type=submit]"));
  if (answer.ok) {
    f.title.value = "";
    f.prompt.value = "";
    f.time_box_minutes.value = "";
    toast(t("step_added"), "ok");
  }
});

// ---- the current step and its controls ------------------------------------------------------

function renderHead() {
  const step = store.currentStep();
  const phase = store.phase;
  if (phase === "waiting") {
    replace(ui.head,
      h("p", { class: "current__eyebrow", text: t("not_started") }),
      h("h2", { id: "current-title", class: "current__title", text: t("not_started_title") }),
      h("p", { class: "current__prompt", text: t("not_started_text") }));
    return;
  }
  if (phase === "ended") {
    replace(ui.head,
      h("p", { class: "current__eyebrow", text: t("ended") }),
      h("h2", { id: "current-title", class: "current__title", text: t("ended_title") }),
      h("p", { class: "current__prompt", text: t("ended_text") }));
    return;
  }
  const chips = [h("span", { class: "chip", text: activityLabel(step.activity) }),
    h("span", { class: "current__progress", text: progressText(store), testid: "step-progress" })];
  if (step.activity === "brainstorm" || step.activity === "dot_vote") {
    chips.push(h("span", { class: ["chip", step.submissions_open ? "chip--ok" : "chip--muted"], testid: "submissions-state",
      data: { open: step.submissions_open ? "1" : "0" },
      text: step.activity === "dot_vote" ? (step.submissions_open ? t("voting_open") : t("voting_closed_short"))
        : (step.submissions_open ? t("submissions_open") : t("submissions_closed_short")) }));
  }
  if (step.activity === "dot_vote") {
    chips.push(h("span", { class: ["chip", step.results_revealed ? "chip--ok" : "chip--muted"], testid: "results-state",
      text: step.results_revealed ? t("results_shown") : t("results_hidden") }));
  }
  replace(ui.head,
    h("div", { class: "current__chips" }, chips),
    h("h2", { id: "current-title", class: "current__title", text: step.title, testid: "current-step-title" }),
    step.prompt ? h("p", { class: "current__prompt", text: step.prompt }) : null);
}

function renderControls() {
  const step = store.currentStep();
  const phase = store.phase;
  const last = step && store.stepIndex(step.id) === store.steps.length - 1;
  ui.prev.disabled = phase === "waiting" || (step && store.stepIndex(step.id) === 0);
  ui.next.disabled = phase === "ended" || !store.steps.length;
  setText(ui.next, phase === "waiting" ? t("start_day") : phase === "ended" ? t("day_ended") : last ? t("finish_day") : t("next_step"));
  ui.next.dataset.testid = "next-step";

  const takes = step && (step.activity === "brainstorm" || step.activity === "dot_vote");
  ui.submissions.hidden = !takes;
  if (takes) {
    const open = step.submissions_open;
    ui.submissions.dataset.testid = open ? "close-submissions" : "open-submissions";
    setText(ui.submissions, step.activity === "dot_vote" ? (open ? t("close_voting") : t("open_voting"))
      : (open ? t("close_submissions") : t("open_submissions")));
    ui.submissions.classList.toggle("btn--warn", !open);
  }
  const vote = step && step.activity === "dot_vote";
  ui.results.hidden = !vote;
  if (vote) {
    ui.results.dataset.testid = step.results_revealed ? "hide-results" : "reveal-results";
    setText(ui.results, step.results_revealed ? t("hide_results") : t("reveal_results"));
    ui.results.classList.toggle("btn--primary", !step.results_revealed);
  }

  // The timer's minutes follow the current step's time box, unless being typed in.
  const stepId = step ? step.id : null;
  if (view.timerStepId !== stepId && document.activeElement !== ui.timerMinutes) {
    view.timerStepId = stepId;
    if (step && step.time_box_minutes) ui.timerMinutes.value = String(step.time_box_minutes);
  }
  ui.timerStart.disabled = phase !== "running";
}

ui.next.addEventListener("click", () => act("step.next", {}, ui.next));
ui.prev.addEventListener("click", () => act("step.previous", {}, ui.prev));
ui.submissions.addEventListener("click", () => {
  const step = store.currentStep();
  if (step) act(step.submissions_open ? "submissions.close" : "submissions.open", {}, ui.submissions);
});
ui.results.addEventListener("click", () => {
  const step = store.currentStep();
  if (step) act(step.results_revealed ? "results.hide" : "results.reveal", {}, ui.results);
});
ui.timerForm.addEventListener("submit", (event) => {
  event.preventDefault();
  const minutes = Number(ui.timerMinutes.value);
  if (!Number.isFinite(minutes) || minutes <= 0) { ui.timerMinutes.focus(); return; }
  const seconds = Math.min(7200, Math.max(1, Math.round(minutes * 60)));
  act("timer.start", { seconds }, ui.timerStart);
});
ui.timerStop.addEventListener("click", () => act("timer.stop", {}, ui.timerStop));

startTicker(store, ({ running, text, up, justEnded }) => {
  ui.timerStop.hidden = !running;
  ui.timerDisplay.hidden = !running;
  ui.timerDisplay.classList.toggle("is-up", up);
  setText(ui.timerDisplay, up ? t("times_up") : text);
  setText(ui.timerStart, running ? t("restart_timer") : t("start_timer"));
  if (justEnded) announce(t("times_up"), true);
});

// ---- workspace: the clustering board, or the vote's live tally --------------------------------

function boardSource() {
  const step = store.currentStep();
  if (!step || (step.activity !== "brainstorm" && step.activity !== "cluster")) return null;
  return store.sourceOf(step);
}

function renderTools() {
  const source = boardSource();
  ui.tools.hidden = source == null;
}

ui.addIdea.addEventListener("submit", async (event) => {
  event.preventDefault();
  const text = ui.addIdeaText.value.trim();
  const source = boardSource();
  if (!text || source == null) return;
  if (text.length > IDEA_MAX) return toast(t("idea_too_long", { max: IDEA_MAX }));
  const answer = await act("idea.submit", { client_id: newClientId(), text, step_id: source }, ui.addIdea.querySelector("button"));
  if (answer.ok) {
    // Only clear what was sent: the facilitator may already be typing the next one.
    if (ui.addIdeaText.value.trim() === text) ui.addIdeaText.value = "";
    store.upsertIdea(answer.idea);
  }
  ui.addIdeaText.focus();
});

ui.newCluster.addEventListener("submit", async (event) => {
  event.preventDefault();
  const title = ui.newClusterTitle.value.trim();
  const source = boardSource();
  if (!title || source == null) return;
  const answer = await act("cluster.create", { client_id: newClientId(), title, step_id: source }, ui.newCluster.querySelector("button"));
  if (answer.ok && ui.newClusterTitle.value.trim() === title) ui.newClusterTitle.value = "";
  ui.newClusterTitle.focus();
});

function destroySortables() {
  for (const sortable of view.sortables) sortable.destroy();
  view.sortables = [];
}

function ideaCard(idea, clusters) {
  const hidden = Boolean(idea.hidden);
  const move = h("select", { class: "card__move", testid: "idea-move-select", aria: { label: t("move_to_label") } },
    h("option", { value: "", text: t("move_to") , disabled: true, selected: true }),
    h("option", { value: "unsorted", text: t("unsorted"), disabled: idea.cluster_id == null }),
    clusters.map((c) => h("option", { value: String(c.id), text: c.title, disabled: idea.cluster_id === c.id })));
  move.addEventListener("change", () => {
    const clusterId = move.value === "unsorted" ? null : Number(move.value);
    act("idea.move", { idea_id: idea.id, cluster_id: clusterId });
  });
  return h("li", { class: ["card", hidden && "card--hidden"], testid: "idea", data: { ideaId: idea.id, hidden: hidden ? "1" : "0", clusterId: idea.cluster_id ?? "" } },
    h("p", { class: "card__text", text: idea.text }),
    h("div", { class: "card__foot" },
      idea.author ? h("span", { class: "card__author", text: idea.author }) : null,
      hidden ? h("span", { class: "card__flag", text: t("hidden") }) : null,
      h("span", { class: "card__actions" },
        clusters.length ? move : null,
        h("button", { type: "button", class: "btn btn--tiny", text: hidden ? t("unhide") : t("hide"),
          testid: hidden ? "idea-unhide" : "idea-hide", title: hidden ? t("unhide_hint") : t("hide_hint"),
          on: { click: (e) => act(hidden ? "idea.unhide" : "idea.hide", { idea_id: idea.id }, e.currentTarget) } }),
        confirmButton({ label: t("delete"), confirmLabel: t("delete_confirm"), testid: "idea-delete", confirmTestid: "idea-delete-confirm",
          className: "btn btn--tiny btn--danger-quiet", onConfirm: () => act("idea.delete", { idea_id: idea.id }) }))));
}

function ideaList(ideas, clusterId, clusters) {
  return h("ul", { class: "column__list", testid: "idea-list", data: { clusterId: clusterId ?? "", empty: t("drop_here") } },
    ideas.map((idea) => ideaCard(idea, clusters)));
}

function clusterHeader(cluster, count) {
  if (view.renaming === cluster.id) {
    const input = h("input", { class: "input input--small", value: cluster.title, maxLength: 80, testid: "cluster-rename-input", aria: { label: t("cluster_title_label") } });
    const done = () => { view.renaming = null; render(); };
    const form = h("form", { class: "column__rename" }, input,
      h("button", { type: "submit", class: "btn btn--tiny btn--primary", text: t("save"), testid: "cluster-rename-save" }),
      h("button", { type: "button", class: "btn btn--tiny", text: t("cancel"), on: { click: done } }));
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const title = input.value.trim();
      if (!title) return;
      const answer = await live.send("cluster.rename", { cluster_id: cluster.id, title });
      if (answer.ok) done();
    });
    input.addEventListener("keydown", (e) => { if (e.key === "Escape") done(); });
    requestAnimationFrame(() => { input.focus(); input.select(); });
    return h("header", { class: "column__head" }, form);
  }
  return h("header", { class: "column__head" },
    h("h3", { class: "column__title", text: cluster.title, testid: "cluster-title" }),
    h("span", { class: "column__count", text: String(count), testid: "cluster-count" }),
    h("span", { class: "column__actions" },
      h("button", { type: "button", class: "btn btn--tiny btn--quiet", text: t("rename"), testid: "cluster-rename",
        on: { click: () => { view.renaming = cluster.id; render(); } } }),
      confirmButton({ label: t("delete"), confirmLabel: t("delete_confirm"), testid: "cluster-delete", confirmTestid: "cluster-delete-confirm",
        className: "btn btn--tiny btn--danger-quiet", onConfirm: () => act("cluster.delete", { cluster_id: cluster.id }) })));
}

function board(sourceId) {
  const { clusters, unsorted } = store.groups(sourceId, { includeHidden: true });
  const clusterList = clusters.map((g) => g.cluster);
  const total = unsorted.length + clusters.reduce((n, g) => n + g.ideas.length, 0);
  const unsortedColumn = h("section", { class: ["column", "column--unsorted", !clusters.length && "column--wide"], testid: "unsorted" },
    h("header", { class: "column__head" },
      h("h3", { class: "column__title", text: clusters.length ? t("unsorted") : t("ideas_heading") }),
      h("span", { class: "column__count", text: String(unsorted.length), testid: "unsorted-count" })),
    ideaList(unsorted, null, clusterList));
  const clusterColumns = clusters.map(({ cluster, ideas }) =>
    h("section", { class: "column", testid: "cluster", data: { clusterId: cluster.id } },
      clusterHeader(cluster, ideas.length),
      ideaList(ideas, cluster.id, clusterList)));
  return h("div", { class: "board", testid: "board", data: { sourceStepId: sourceId, ideas: total } },
    unsortedColumn,
    clusters.length ? h("div", { class: "board__clusters" }, clusterColumns)
      : h("p", { class: "board__hint", text: total ? t("board_hint") : t("board_empty") }));
}

function attachSortables() {
  destroySortables();
  for (const list of ui.workspace.querySelectorAll("[data-testid=idea-list]")) {
    view.sortables.push(Sortable.create(list, {
      group: "ideas",
      draggable: "[data-testid=idea]",
      filter: "button, select, option, input",
      preventOnFilter: false,
      forceFallback: true,
      fallbackOnBody: true,
      fallbackTolerance: 4,
      animation: 0,
      ghostClass: "card--ghost",
      chosenClass: "card--chosen",
      dragClass: "card--drag",
      emptyInsertThreshold: 24,
      onStart: () => { view.dragging = true; document.body.classList.add("is-dragging"); },
      onEnd: (evt) => {
        view.dragging = false;
        view.pointerDown = false;
        document.body.classList.remove("is-dragging");
        const ideaId = Number(evt.item.dataset.ideaId);
        const to = evt.to;
        const clusterId = to.dataset.clusterId ? Number(to.dataset.clusterId) : null;
        if (evt.from === to && evt.oldIndex === evt.newIndex) { render(); return; }
        const order = [...to.querySelectorAll(":scope > [data-testid=idea]")].map((el) => Number(el.dataset.ideaId));
        const position = order.indexOf(ideaId);
        // The board already shows the move: record it in the state without redrawing the board
        // (the server's change then confirms it), and refresh only the moved card and the counts.
        store.moveIdea(ideaId, clusterId, order);
        const source = boardSource();
        view.boardKey = boardKey(source);
        setTimeout(() => {
          const idea = store.ideas.get(ideaId);
          if (idea && evt.item.isConnected) {
            evt.item.replaceWith(ideaCard(idea, store.clustersOf(source)));
          }
          for (const list of [evt.from, to]) {
            const count = list.parentElement && list.parentElement.querySelector("[data-testid=cluster-count], [data-testid=unsorted-count]");
            if (count) count.textContent = String(list.querySelectorAll(":scope > [data-testid=idea]").length);
          }
        }, 0);
        live.send("idea.move", { idea_id: ideaId, cluster_id: clusterId, position }).then((answer) => {
          if (!answer.ok) live.sync(); // put the board back as the server has it
        });
        render();
      },
    }));
  }
}

function tallyPanel(step) {
  const tally = store.tallyFor(step);
  const { dotsPerPerson } = store.voteOptions(step);
  const spent = tally ? tally.dots_spent : 0;
  const voters = tally ? tally.voters : 0;
  const possible = Math.max(1, store.participants * dotsPerPerson);
  const results = store.results(step);
  return h("section", { class: "tally", testid: "tally", data: { dotsSpent: spent, voters } },
    h("div", { class: "tally__summary" },
      h("p", { class: "tally__big", text: t("dots_spent", { count: spent }), testid: "dots-spent" }),
      h("p", { class: "tally__small", text: t("voters_of", { voters, participants: store.participants }) }),
      h("div", { class: "progress", aria: { hidden: "true" } },
        h("div", { class: "progress__fill", style: { width: `${Math.min(100, Math.round((spent / possible) * 100))}%` } })),
      h("p", { class: "tally__hint", text: step.results_revealed ? t("results_on_screen") : t("results_private") })),
    results.length ? resultBars(results) : h("p", { class: "empty", text: t("vote_nothing_facilitator") }));
}

/** What the board shows, as a string: the board is redrawn only when this changes. */
function boardKey(source) {
  const { clusters, unsorted } = store.groups(source, { includeHidden: true });
  const ideaKey = (i) => [i.id, i.text, i.hidden, i.author];
  return JSON.stringify([source, view.renaming, unsorted.map(ideaKey),
    clusters.map(({ cluster, ideas }) => [cluster.id, cluster.title, ideas.map(ideaKey)])]);
}

function renderWorkspace() {
  if (view.dragging || view.pointerDown || view.renaming != null && isEditingInside(ui.workspace)) return;
  if (view.renaming != null && !store.clusters.has(view.renaming)) view.renaming = null;
  const step = store.currentStep();
  const phase = store.phase;
  if (phase !== "running" || step.activity === "dot_vote" || boardSource() == null) {
    destroySortables();
    view.boardKey = null;
  }
  if (phase === "waiting") {
    const first = store.steps[0];
    replace(ui.workspace, h("div", { class: "hello", testid: "waiting" },
      h("p", { text: t("console_waiting") }),
      first ? h("p", { class: "hello__next", text: t("first_step", { title: first.title }) }) : h("p", { text: t("agenda_empty") })));
    return;
  }
  if (phase === "ended") {
    replace(ui.workspace, h("div", { class: "hello", testid: "ended" }, h("p", { text: t("console_ended") })));
    return;
  }
  if (step.activity === "dot_vote") {
    replace(ui.workspace, tallyPanel(step));
    return;
  }
  const source = boardSource();
  if (source == null) {
    replace(ui.workspace, h("p", { class: "notice notice--warn", text: t("no_source_long") }));
    return;
  }
  // Redraw the board only when what it shows changed (e.g. not when the server confirms a move
  // we already showed), so a drag about to start is not pulled from under the pointer.
  const key = boardKey(source);
  if (key === view.boardKey && ui.workspace.querySelector("[data-testid=board]")) {
    if (!view.sortables.length) attachSortables();
    return;
  }
  view.boardKey = key;
  replace(ui.workspace, board(source));
  attachSortables();
}

// ---- wiring --------------------------------------------------------------------------------

const render = batched(() => {
  if (!store.ready) return;
  renderTopbar();
  renderAgenda();
  renderHead();
  renderControls();
  renderTools();
  renderWorkspace();
});

// No redraw of the board between pressing on a card and the drag starting.
ui.workspace.addEventListener("pointerdown", () => { view.pointerDown = true; });
for (const type of ["pointerup", "pointercancel", "mouseup", "touchend"]) {
  // Capture phase: SortableJS stops some of these from bubbling.
  window.addEventListener(type, () => {
    if (!view.pointerDown) return;
    view.pointerDown = false;
    setTimeout(render, 0);
  }, true);
}

// Redraw the agenda once the user leaves a field there.
ui.agenda.addEventListener("focusout", () => setTimeout(render, 0));

store.subscribe((event) => {
  if (event.kind === "idea.added" && event.isNew) announce(t("new_idea", { text: event.change.idea.text }));
  if (event.stepChanged) view.renaming = null;
  render();
});

const live = connect({
  code: config.code,
  role: "facilitator",
  store,
  badgeHost: byId("conn"),
  onFatal: (error) => fatalNotice(ui.workspace, error, null),
});
