// The facilitator's console (laptop, 1366x768 and up): wiring, the top bar and the workspace.
// The agenda, the library, the current step's controls and the board are modules of their own;
// the current step's panel is its activity type's console module's (activities.js).
import { boot, t, h, byId, replace, setText, batched, newClientId, copyText, announce, burstAnnouncer } from "./dom.js";
import { Store } from "./state.js";
import { connect, toast, fatalNotice } from "./live.js";
import { startTicker } from "./timer.js";
import { createChime } from "./chime.js";
import { IDEA_MAX } from "./views.js";
import { relayEvent, exported, frontOf } from "./activities.js";
import { ideasHidden } from "./declarations.js";
import { createAgenda } from "./console_agenda.js";
import { createLibrary } from "./console_library.js";
import { createBoard } from "./console_board.js";
import { createControls } from "./console_controls.js";
import { createPresenter } from "./console_presenter.js";

const config = boot();
const store = new Store("facilitator", exported("state"));

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
  blank: byId("blank-screen"),
  blankNote: byId("blank-note"),
  preview: byId("preview"),
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
/** A panel that is simply redrawn: {el, update}. */
ctx.plainPanel = (draw) => {
  const el = h("div", { class: "workspace__plain" });
  const update = () => replace(el, draw());
  update();
  return { el, update };
};
const agenda = createAgenda(ctx, ui);
const controls = createControls(ctx, ui);
const presenter = createPresenter(ctx, ui);
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

// The chime (off unless switched on here; remembered on this computer) sounds when time is up.
const chime = createChime();
const chimeToggle = byId("chime-toggle");
chimeToggle.checked = chime.enabled();
chimeToggle.addEventListener("change", () => chime.setEnabled(chimeToggle.checked));

startTicker(store, ({ running, text, up, justEnded }) => {
  if (justEnded) chime.play();
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
  return step && frontOf(step).board ? store.sourceOf(step) : null;
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

function makePanel(phase, step) {
  if (phase === "waiting") {
    return ctx.plainPanel(() => {
      const first = store.steps[0];
      return h("div", { class: "hello", testid: "waiting" },
        h("p", { text: t("console_waiting") }),
        first ? h("p", { class: "hello__next", text: t("first_step", { title: first.title }) }) : h("p", { text: t("agenda_empty") }));
    });
  }
  if (phase === "ended") return ctx.plainPanel(endedPanel);
  const front = frontOf(step);
  if (front.panel) {
    const panel = front.panel(ctx, step);
    if (!panel) return null;
    panel.el.addEventListener("focusout", () => setTimeout(ctx.render, 0));
    panel.update();
    return panel;
  }
  if (!front.board) return null;
  // A board of its own: say so when there is no source, or while its ideas are private.
  return ctx.plainPanel(() => {
    if (boardSource() == null) return h("p", { class: "notice notice--warn", text: t("no_source_long") });
    if (ideasHidden(store.currentStep())) return h("p", { class: "notice", text: t("private_hint"), testid: "private-notice" });
    return null;
  });
}

/** The day's end: the report first (deleting stays in its own guarded panel above). */
function endedPanel() {
  const report = `/w/${config.code}/report`;
  return h("div", { class: "hello hello--ended", testid: "ended" },
    h("h2", { class: "hello__title", text: t("ended_report_title") }),
    h("p", { text: t("console_ended") }),
    h("p", { class: "hello__actions" },
      h("a", { class: "btn btn--primary btn--big", href: `${report}.html?view=1`, target: "_blank", rel: "noopener",
        text: t("open_report"), testid: "ended-report" }),
      h("a", { class: "btn btn--big", href: `${report}.pdf`, download: "", text: t("download_pdf"), testid: "ended-report-pdf" })));
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
  controls.render();
  renderWorkspace();
  presenter.render();
  document.body.dataset.rev = String(store.rev); // the revision drawn (the tests wait on it)
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

const sayIdea = burstAnnouncer((text) => t("new_idea", { text }), (count) => t("new_ideas_more", { count }));

store.subscribe((event) => {
  if (event.kind === "idea.added" && event.isNew) sayIdea(event.change.idea.text);
  if (event.stepChanged) view.renaming = null;
  relayEvent(event, ctx);
  render();
});

const live = connect({
  code: config.code,
  role: "facilitator",
  store,
  badgeHost: byId("conn"),
  onFatal: (error) => fatalNotice(ui.workspace, error, null),
});
