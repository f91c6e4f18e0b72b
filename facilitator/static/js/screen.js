// The projector: 1920x1080, read from the back of the room. Shows, never controls. This module
// draws the day (the top line, the heading, the timer); what a step shows is its activity type's
// projector module's (activities.js), built with the pieces of screen_views.js.
import { boot, t, h, byId, replace, setText, batched, announce } from "./dom.js";
import { Store } from "./state.js";
import { connect, fatalNotice } from "./live.js";
import { startTicker } from "./timer.js";
import { activityLabel, progressText, stepText } from "./views.js";
import { relayEvent, exported, frontOf } from "./activities.js";
import { createWall } from "./screen_views.js";
import { createFitter } from "./screen_fit.js";

const config = boot();
const store = new Store("projector", exported("state"));

const ui = {
  frame: byId("frame"),
  heading: byId("heading"),
  content: byId("content"),
  timer: byId("timer"),
  timesUp: byId("timesup"),
  progress: byId("progress"),
  count: byId("participant-count"),
  rail: byId("rail"),
  pause: byId("pause"),
};
const fitter = createFitter({ frame: ui.frame, content: ui.content, pager: byId("pager"),
  pagerLabel: byId("pager-label"), pagerFill: byId("pager-fill") });

/** What the activity types' projector modules get: the store and the projector's pieces. */
const page = {
  store,
  wall: createWall(store),
  followFacilitator: () => h("p", { class: "wall__empty", text: t("follow_facilitator") }),
};

let headingKey = "";

function renderHeading() {
  const step = store.currentStep();
  const w = store.workshop;
  const text = stepText(store, step);
  const key = JSON.stringify([store.phase, step && step.id, text.title, text.prompt, w.title, w.date, w.goals, w.locked]);
  if (key === headingKey) return;
  headingKey = key;
  if (store.phase === "waiting") {
    const goals = store.goals();
    replace(ui.heading,
      w.date ? h("p", { class: "heading__eyebrow", text: w.date_text || w.date }) : null,
      h("h1", { class: "heading__title heading__title--welcome", text: w.title, testid: "screen-title" }),
      goals.length || w.locked ? null : h("p", { class: "heading__prompt", text: t("screen_waiting") }));
    return;
  }
  if (store.phase === "ended") {
    replace(ui.heading,
      h("h1", { class: "heading__title heading__title--welcome", text: t("thanks_title"), testid: "screen-title" }),
      h("p", { class: "heading__prompt", text: w.title }));
    return;
  }
  replace(ui.heading,
    h("p", { class: "heading__eyebrow" }, h("span", { class: "tag", text: activityLabel(step.activity) })),
    h("h1", { class: "heading__title", text: text.title, testid: "screen-title" }),
    text.prompt ? h("p", { class: "heading__prompt", text: text.prompt, testid: "screen-prompt" }) : null);
}

function renderContent() {
  const step = store.currentStep();
  const phase = store.phase;
  let shown;
  if (phase === "waiting") {
    const goals = store.goals();
    shown = { mode: "welcome", content: h("div", { class: "welcome", testid: "waiting" },
      goals.length ? h("section", { class: "goals", testid: "goals", aria: { labelledby: "goals-heading" } },
        h("h2", { id: "goals-heading", class: "goals__title", text: t("screen_goals_heading") }),
        h("ul", { class: "goals__list" }, goals.map((goal) => h("li", { class: "goals__item", text: goal, testid: "goal" })))) : null,
      store.workshop.locked ? null : h("p", { class: "welcome__step", text: t("screen_join_hint"), testid: "join-hint" })) };
  } else if (phase === "ended") {
    shown = { mode: "ended", content: h("div", { class: "welcome", testid: "thanks" }, h("p", { class: "welcome__step", text: t("thanks_text") })) };
  } else {
    const front = frontOf(step);
    shown = front.render ? front.render(step, page) : { content: page.followFacilitator() };
  }
  ui.frame.dataset.mode = shown.mode || "small";
  ui.frame.dataset.view = shown.view || "";
  // Nobody joins a locked room or a day that is over: no QR code, no invitation.
  ui.frame.dataset.join = store.workshop.locked || phase === "ended" ? "closed" : "open";
  replace(ui.content, shown.content);
  fitter.fit();
}

let barKey = "";

/** "Step 4 / 12" with the current method's steps as dots, and the whole day as a slim rail. */
function renderBar() {
  setText(ui.count, String(store.participants));
  const step = store.currentStep();
  const key = JSON.stringify([store.phase, step && step.id, store.steps.map((s) => [s.id, s.state, s.block, s.title])]);
  if (key === barKey) return;
  barKey = key;
  const block = store.blockOf(step);
  const method = step && step.content ? (step.content[store.workshop.language] || {}).method : null;
  replace(ui.progress,
    h("span", { class: "topline__step", text: method ? `${progressText(store)} · ${method}` : progressText(store) }),
    block.length > 1 ? h("span", { class: "blockdots", testid: "block-dots", data: { steps: block.length }, attrs: { role: "img" },
      aria: { label: t("step_progress", { current: block.findIndex((s) => s.id === step.id) + 1, total: block.length }) } },
    block.map((s) => h("span", { class: ["blockdots__dot", `blockdots__dot--${s.id === step.id ? "current" : s.state}`],
      testid: "block-dot", data: { stepId: s.id, state: s.id === step.id ? "current" : s.state } }))) : null);
  const show = store.phase === "running" && store.steps.length > 1;
  ui.rail.hidden = !show;
  ui.rail.parentElement.classList.toggle("has-rail", show);
  if (!show) { replace(ui.rail); return; }
  let previous;
  replace(ui.rail, store.steps.map((s) => {
    const state = s.id === step.id ? "current" : s.state;
    const gap = previous !== undefined && (s.block == null || s.block !== previous);
    previous = s.block;
    return h("li", { class: ["rail__step", `rail__step--${state}`, gap && "rail__step--gap", step.block != null && s.block === step.block && "rail__step--block"],
      testid: "agenda-segment", data: { stepId: s.id, state, block: s.block },
      attrs: state === "current" ? { "aria-current": "step" } : {} },
    h("span", { class: "sr-only", text: `${store.stepIndex(s.id) + 1}. ${s.title}` }));
  }));
}

const render = batched(() => {
  if (!store.ready) return;
  // The facilitator's pause screen covers the day; the day goes on beneath it.
  ui.pause.hidden = !store.workshop.blanked;
  ui.frame.inert = Boolean(store.workshop.blanked);
  renderBar();
  renderHeading();
  renderContent();
  ticker.tick();
  document.body.dataset.rev = String(store.rev); // the revision drawn (the tests wait on it)
});

// Time's up: a banner over the heading for a few seconds, then the red timer alone says it.
const ticker = startTicker(store, ({ running, text, up, justEnded, banner }) => {
  ui.timer.hidden = !running;
  ui.timer.classList.toggle("is-up", up);
  setText(ui.timer, up ? t("times_up") : text);
  ui.timesUp.hidden = !banner;
  if (justEnded) {
    ui.timesUp.classList.remove("is-flashing");
    void ui.timesUp.offsetWidth; // restart the animation
    ui.timesUp.classList.add("is-flashing"); // role="alert": screen readers announce it
  }
});

window.addEventListener("resize", batched(fitter.fit));

let announcedReveal = null;

store.subscribe((event) => {
  if (event.kind === "idea.added" && event.isNew) announce(t("new_idea", { text: event.change.idea.text }));
  const tally = store.tally;
  if (event.kind === "tally" && tally && tally.revealed && announcedReveal !== tally.step_id) {
    announcedReveal = tally.step_id;
    if (tally.median != null) announce(t("median_value", { value: tally.median }));
  }
  if (event.kind === "ideas.private") announce(t("screen_private_count", { count: event.change.count }));
  relayEvent(event, page);
  render();
});

connect({
  code: config.code,
  role: "projector",
  store,
  badgeHost: byId("conn"),
  onFatal: (error) => fatalNotice(ui.content, error, null),
});
