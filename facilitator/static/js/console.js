// The facilitator's console (laptop, 1366x768 and up): wiring, the top bar and the current step's
// controls. The agenda, the library, the board and the activities' panels are modules of their own.
import { boot, t, h, byId, replace, setText, batched, newClientId, copyText, announce } from "./dom.js";
import { Store } from "./state.js";
import { connect, toast, fatalNotice } from "./live.js";
import { startTicker } from "./timer.js";
import { activityLabel, progressText, IDEA_MAX } from "./views.js";
import { createAgenda } from "./console_agenda.js";
import { createLibrary } from "./console_library.js";
import { createBoard } from "./console_board.js";
import { activityPanel } from "./console_activities.js";

const config = boot();
const store = new Store("facilitator");

const ui = {
  agenda: byId("agenda"),
  addStep: byId("add-step"),
  goals: byId("goals"),
  dayTime: byId("day-time"),
  clearHost: byId("clear-agenda-host"),
  libraryToggle: byId("library-toggle"),
  library: byId("library"),
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
  panelHost: h("div", { class: "workspace__panel" }),
  boardHost: h("div", { class: "workspace__board" }),
};

const view = {
  editingStep: null,    // id of the step whose inline form is open
  renaming: null,       // id of the cluster being renamed
  dragging: false,      // a drag is under way: the board must not be redrawn under it
  pointerDown: false,
  boardKey: null,
  timerStepId: undefined,
  libraryOpen: null,    // null: open while planning, closed during the day
  panel: null,          // the workspace's panel: {key, el, update}
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

const ctx = {
  store, view, act,
  library: config.library || { methods: [], days: [] },
  render: () => render(),
  send: (event, payload) => live.send(event, payload),
  sync: () => live.sync(),
  boardSource: () => boardSource(),
  onLibraryToggle: (open) => {
    ui.libraryToggle.setAttribute("aria-expanded", String(open));
    ui.libraryToggle.classList.toggle("is-on", open);
  },
};
const agenda = createAgenda(ctx, ui);
const library = createLibrary(ctx, ui.library);
const board = createBoard(ctx);

ui.libraryToggle.addEventListener("click", () => {
  const open = view.libraryOpen ?? !store.started;
  view.libraryOpen = !open;
  render();
  if (view.libraryOpen) ui.library.querySelector("button, [tabindex]")?.focus();
});
document.addEventListener("keydown", (e) => {
  if (e.key === "Escape" && store.started && view.libraryOpen) { view.libraryOpen = false; render(); ui.libraryToggle.focus(); }
});

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

// ---- what each activity takes: submissions, results ------------------------------------------

/** What opening submissions means for this step: "ideas", "votes", "answers" or null. */
function submissionsKind(step) {
  if (!step) return null;
  if (step.activity === "brainstorm" || step.activity === "pairing") return "ideas";
  if (step.activity === "dot_vote") return "votes";
  if (["scale", "consent", "feedback"].includes(step.activity)) return "answers";
  return null;
}

/** What revealing means for this step: "results", "ideas" (a private brainstorm) or null. */
function revealKind(step) {
  if (!step) return null;
  if (["dot_vote", "scale", "consent", "feedback"].includes(step.activity)) return "results";
  if (step.activity === "brainstorm" && step.options && step.options.private) return "ideas";
  return null;
}

const SUBMISSION_TEXTS = {
  ideas: { open: "submissions_open", closed: "submissions_closed_short", doOpen: "open_submissions", doClose: "close_submissions" },
  votes: { open: "voting_open", closed: "voting_closed_short", doOpen: "open_voting", doClose: "close_voting" },
  answers: { open: "console_answers_open", closed: "console_answers_closed", doOpen: "open_answers", doClose: "close_answers" },
};
const REVEAL_TEXTS = {
  results: { shown: "results_shown", hidden: "results_hidden", doShow: "reveal_results", doHide: "hide_results", testShow: "reveal-results", testHide: "hide-results" },
  ideas: { shown: "ideas_revealed", hidden: "ideas_private", doShow: "reveal_ideas", doHide: "hide_ideas", testShow: "reveal-ideas", testHide: "hide-ideas" },
};

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
  const takes = submissionsKind(step);
  if (takes) {
    const texts = SUBMISSION_TEXTS[takes];
    chips.push(h("span", { class: ["chip", step.submissions_open ? "chip--ok" : "chip--muted"], testid: "submissions-state",
      data: { open: step.submissions_open ? "1" : "0" }, text: t(step.submissions_open ? texts.open : texts.closed) }));
  }
  const reveals = revealKind(step);
  if (reveals) {
    const texts = REVEAL_TEXTS[reveals];
    chips.push(h("span", { class: ["chip", step.results_revealed ? "chip--ok" : "chip--muted"], testid: "results-state",
      text: t(step.results_revealed ? texts.shown : texts.hidden) }));
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

  const takes = submissionsKind(step);
  ui.submissions.hidden = !takes;
  if (takes) {
    const open = step.submissions_open;
    const texts = SUBMISSION_TEXTS[takes];
    ui.submissions.dataset.testid = open ? "close-submissions" : "open-submissions";
    setText(ui.submissions, t(open ? texts.doClose : texts.doOpen));
    ui.submissions.classList.toggle("btn--warn", !open);
  }
  const reveals = revealKind(step);
  ui.results.hidden = !reveals;
  if (reveals) {
    const texts = REVEAL_TEXTS[reveals];
    ui.results.dataset.testid = step.results_revealed ? texts.testHide : texts.testShow;
    setText(ui.results, t(step.results_revealed ? texts.doHide : texts.doShow));
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
// Planned against actual time moves on by itself.
setInterval(() => { if (store.ready) agenda.renderTimes(); }, 10000);

// ---- workspace: the activity's panel and the ideas board ---------------------------------------

/** The step whose ideas the board shows, or null when the current step shows no board. */
function boardSource() {
  const step = store.currentStep();
  if (!step || !["brainstorm", "cluster", "pairing"].includes(step.activity)) return null;
  return step.activity === "pairing" ? step.id : store.sourceOf(step);
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

/** A panel that is simply redrawn: the waiting and ended notes, the vote's tally, notices. */
function plainPanel(draw) {
  const el = h("div", { class: "workspace__plain" });
  const update = () => replace(el, draw());
  update();
  return { el, update };
}

function makePanel(phase, step) {
  if (phase === "waiting") {
    return plainPanel(() => {
      const first = store.steps[0];
      return h("div", { class: "hello", testid: "waiting" },
        h("p", { text: t("console_waiting") }),
        first ? h("p", { class: "hello__next", text: t("first_step", { title: first.title }) }) : h("p", { text: t("agenda_empty") }));
    });
  }
  if (phase === "ended") return plainPanel(() => h("div", { class: "hello", testid: "ended" }, h("p", { text: t("console_ended") })));
  if (step.activity === "dot_vote") return plainPanel(() => board.tallyPanel(store.currentStep()));
  if (step.activity === "brainstorm" || step.activity === "cluster") {
    return plainPanel(() => {
      const now = store.currentStep();
      if (boardSource() == null) return h("p", { class: "notice notice--warn", text: t("no_source_long") });
      if (now.activity === "brainstorm" && now.options && now.options.private && !now.results_revealed) {
        return h("p", { class: "notice", text: t("private_hint"), testid: "private-notice" });
      }
      return null;
    });
  }
  return activityPanel(ctx, step);
}

function renderWorkspace() {
  if (view.dragging || view.pointerDown) return;
  if (!ui.panelHost.isConnected) replace(ui.workspace, ui.panelHost, ui.boardHost);
  const step = store.currentStep();
  const phase = store.phase;
  const key = phase === "running" ? `${step.activity}:${step.id}` : phase;
  if (view.panel && view.panel.key === key) {
    view.panel.update();
  } else {
    view.panel = makePanel(phase, step);
    if (view.panel) view.panel.key = key;
    replace(ui.panelHost, view.panel ? view.panel.el : null);
  }
  const source = phase === "running" ? boardSource() : null;
  ui.tools.hidden = source == null;
  if (source == null) board.clear(ui.boardHost);
  else if (!(view.renaming != null && ui.boardHost.contains(document.activeElement))) board.render(ui.boardHost, source);
}

// ---- wiring --------------------------------------------------------------------------------

const render = batched(() => {
  if (!store.ready) return;
  renderTopbar();
  agenda.render();
  library.render();
  renderHead();
  renderControls();
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
