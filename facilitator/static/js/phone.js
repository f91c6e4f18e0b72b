// The participant's phone: one-handed, 360 px wide. This module wires the page: the stage (the
// current step's title and timer), the content and the dock at thumb height. What a step shows
// is its activity type's phone module's (activities.js), built from the pieces on `page`: writing
// ideas (phone_ideas.js), the wall (phone_wall.js) and answers (phone_answers.js).
import { boot, t, h, byId, replace, setText, batched, announce, burstAnnouncer } from "./dom.js";
import { Store } from "./state.js";
import { connect, fatalNotice } from "./live.js";
import { startTicker } from "./timer.js";
import { activityLabel, progressText, stepText } from "./views.js";
import { relayEvent, exported, frontOf } from "./activities.js";
import { submissionsKind } from "./declarations.js";
import { createIdeas } from "./phone_ideas.js";
import { createWall } from "./phone_wall.js";
import { createAnswers } from "./phone_answers.js";
import { deliverThrough, deliverAll } from "./outbox.js";
import { textSize } from "./phone_text_size.js";

const config = boot();
const code = config.code;
const store = new Store("participant", exported("state"));

// The console's preview (/w/CODE/preview) draws this page read-only, as a phone sees it.
const preview = config.role === "preview";
if (preview) document.body.inert = true;
else textSize(byId("text-size"));

const ui = {
  stage: byId("stage"),
  content: byId("content"),
  dock: byId("dock"),
};

function notice(text, testid, kind = "info") {
  return h("p", { class: ["notice", `notice--${kind}`], text, testid, attrs: { role: "status" } });
}

/** What the activity types' phone modules get: the store, the connection and the page's pieces. */
const page = {
  code,
  store,
  notice,
  render: () => render(),
  send: (event, payload) => live.send(event, payload),
  sendQuietly: (event, payload) => live.sendQuietly(event, payload),
  sync: () => live.sync(),
  get connected() { return live.connected; },
};
const ideas = createIdeas(page);
page.wall = createWall(store, ideas.isMine);
page.answers = createAnswers(page, (step) => {
  const front = frontOf(step);
  return front.answerRound ? front.answerRound(step, store) : 1;
});

/** Writing ideas in `step`: the composer in the dock while open (else a notice), my ideas and,
 * with `wall`, everyone's. */
page.writing = (step, { wall = true, placeholder = t("idea_placeholder") } = {}) => {
  const open = step.submissions_open;
  return {
    parts: [open ? null : notice(t("submissions_closed"), "closed", "warn"), ideas.section(step, open),
      wall ? page.wall(step.id) : null],
    dock: open ? ideas.composerWith(step, placeholder) : null,
  };
};

// ---- drawing -------------------------------------------------------------------------------

const stepTimer = h("p", { class: "chip chip--timer", testid: "timer", hidden: true, attrs: { "aria-live": "off" } });

let stageKey = "";

function renderStage() {
  const step = store.currentStep();
  // Redrawn only when the step or its wording changes: the stage is an aria-live region.
  const text = stepText(store, step);
  const key = step ? JSON.stringify([step.id, text.title, text.prompt, step.activity, progressText(store)]) : "";
  if (key === stageKey) return;
  stageKey = key;
  if (!step) {
    replace(ui.stage);
    ui.stage.hidden = true;
    return;
  }
  ui.stage.hidden = false;
  replace(ui.stage,
    h("div", { class: "stage__meta" },
      h("span", { class: "chip", text: activityLabel(step.activity), testid: "step-activity" }),
      h("span", { class: "stage__progress", text: progressText(store) }),
      stepTimer),
    h("h2", { class: "stage__title", text: text.title, testid: "step-title" }),
    text.prompt ? h("p", { class: "stage__prompt", text: text.prompt, testid: "step-prompt" }) : null);
}

let shownReveal = null; // the step whose revealed results the page shows

function renderContent() {
  const phase = store.phase;
  const step = store.currentStep();
  let shown = { parts: [], dock: null };
  if (phase === "waiting") {
    shown.parts.push(h("section", { class: "hero", testid: "waiting" },
      h("div", { class: "hero__pulse", attrs: { "aria-hidden": "true" } }),
      h("h2", { text: t("waiting_title") }),
      h("p", { text: t("waiting_text") }),
      store.me && store.me.nickname ? h("p", { class: "hero__name", text: t("you_are", { name: store.me.nickname }) }) : null));
  } else if (phase === "ended") {
    shown.parts.push(h("section", { class: "hero hero--done", testid: "thanks" },
      h("h2", { text: t("thanks_title") }),
      h("p", { text: t("thanks_text") })));
  } else {
    const front = frontOf(step);
    shown = front.render ? front.render(step, page) : { parts: [notice(t("follow_screen"), "other")] };
  }
  const dock = shown.dock || null;
  replace(ui.content, shown.parts);
  // Results are read from the top (the first place, not the zero-point ideas below it): the
  // reveal brings the phone back up, once per reveal.
  const revealed = step && step.results_revealed ? step.id : null;
  if (revealed !== shownReveal) {
    shownReveal = revealed;
    if (revealed != null) window.scrollTo(0, 0);
  }
  placeDock(dock);
  ui.dock.hidden = !dock;
  document.body.classList.toggle("has-dock", Boolean(dock));
}

/** Puts `dock` at the bottom. The composer is never redrawn; an answer panel only when it
 * looks different, and then with the focus (and a half-typed text's caret) kept in place. */
function placeDock(dock) {
  const current = ui.dock.firstElementChild;
  if (!dock || dock === ideas.composer.form) {
    if (current !== dock) replace(ui.dock, dock);
    return;
  }
  dock.dataset.key = page.answers.key || "";
  if (current && current !== ideas.composer.form && current.outerHTML === dock.outerHTML) return;
  const active = document.activeElement;
  let restore = null;
  if (active && active !== document.body && ui.dock.contains(active)) {
    if (active.id) restore = { selector: `#${active.id}` };
    else if (active.dataset.testid) {
      restore = { selector: `[data-testid="${active.dataset.testid}"]${active.dataset.value != null ? `[data-value="${active.dataset.value}"]` : ""}` };
    }
    if (restore && typeof active.selectionStart === "number") restore.range = [active.selectionStart, active.selectionEnd];
  }
  replace(ui.dock, dock);
  if (restore) {
    const field = ui.dock.querySelector(restore.selector);
    if (field) {
      field.focus();
      if (restore.range && field.setSelectionRange) field.setSelectionRange(...restore.range);
    }
  }
}

let refused = false; // the server refused us for good: its notice stays on the page

const render = batched(() => {
  if (!store.ready || refused) return;
  // Keep a half-typed edit and its caret when something else changes.
  const active = document.activeElement;
  const editingFocused = active && active.dataset && active.dataset.testid === "my-idea-field";
  const selection = editingFocused ? [active.selectionStart, active.selectionEnd] : null;
  renderStage();
  renderContent();
  if (editingFocused) {
    const field = ui.content.querySelector("[data-testid=my-idea-field]");
    if (field) { field.focus(); field.setSelectionRange(...selection); }
  }
  ticker.tick();
  document.body.dataset.rev = String(store.rev); // the revision drawn (the tests wait on it)
});

// Time's up: the timer stands big at the top of the screen for a few seconds (wherever the phone
// is scrolled), then goes back to its place in the stage.
const ticker = startTicker(store, ({ running, text, up, justEnded, banner }) => {
  stepTimer.hidden = !running;
  stepTimer.classList.toggle("is-up", up);
  stepTimer.classList.toggle("is-banner", banner);
  setText(stepTimer, up ? t("times_up") : text);
  if (justEnded) announce(t("times_up"), true);
});

// ---- wiring ----------------------------------------------------------------------------------

const sayIdea = burstAnnouncer((text) => t("new_idea", { text }), (count) => t("new_ideas_more", { count }));

store.subscribe((event) => {
  if (event.kind === "snapshot" && store.me) {
    for (const id of store.me.idea_ids || []) ideas.state.mine.add(id);
  }
  if (event.stepChanged) {
    ideas.state.editing = null;
    // What I sent in a vote or an answer is per step and only in a snapshot: ask for one when
    // such a step becomes current.
    const kind = submissionsKind(store.currentStep());
    if (event.kind !== "snapshot" && (kind === "votes" || kind === "answers")) live.sync();
  }
  const current = store.currentStep();
  if (event.kind === "ideas.revealed" && current && event.change.step_id === current.id) announce(t("private_revealed"));
  if (event.kind === "idea.added" && event.isNew && !ideas.isMine(event.change.idea.id)) {
    if (current && current.id === event.change.idea.step_id) sayIdea(event.change.idea.text);
  }
  relayEvent(event, page);
  render();
});

const live = connect({
  code,
  role: preview ? "preview" : "participant",
  store,
  badgeHost: byId("conn"),
  onReady: preview ? null : deliverAll,
  onFatal: (error) => {
    refused = true;
    stageKey = "";
    ui.dock.hidden = true;
    ui.stage.hidden = true;
    document.body.classList.remove("has-dock");
    fatalNotice(ui.content, error, { href: `/${code}`, label: t("join_again") });
  },
});
if (!preview) deliverThrough(live.sendQuietly, () => live.connected);
// The page keeps room below its content for the dock, however tall the dock is now.
if (window.ResizeObserver) {
  new ResizeObserver(() => document.body.style.setProperty("--dock-h", `${ui.dock.offsetHeight}px`)).observe(ui.dock);
}

live.socket.on("connect", render);
live.socket.on("disconnect", render);
