// The projector: 1920x1080, read from the back of the room. Shows, never controls.
import { boot, t, h, byId, replace, setText, batched, announce } from "./dom.js";
import { Store } from "./state.js";
import { connect, fatalNotice } from "./live.js";
import { startTicker } from "./timer.js";
import { activityLabel, progressText, resultBars, ideaNote } from "./views.js";

const config = boot();
const store = new Store("projector");

const ui = {
  frame: byId("frame"),
  heading: byId("heading"),
  content: byId("content"),
  timer: byId("timer"),
  timesUp: byId("timesup"),
  progress: byId("progress"),
  count: byId("participant-count"),
};

const BIG_QR_MAX_IDEAS = 8;
let seen = null; // idea ids already on the wall (new ones get a short highlight)
let headingKey = "";

function renderHeading() {
  const step = store.currentStep();
  const w = store.workshop;
  const key = JSON.stringify([store.phase, step && step.id, step && step.title, step && step.prompt, w.title]);
  if (key === headingKey) return;
  headingKey = key;
  if (store.phase === "waiting") {
    replace(ui.heading,
      w.date ? h("p", { class: "heading__eyebrow", text: w.date }) : null,
      h("h1", { class: "heading__title heading__title--welcome", text: w.title, testid: "screen-title" }),
      h("p", { class: "heading__prompt", text: t("screen_waiting") }));
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
    h("h1", { class: "heading__title", text: step.title, testid: "screen-title" }),
    step.prompt ? h("p", { class: "heading__prompt", text: step.prompt, testid: "screen-prompt" }) : null);
}

function noteFor(idea, firstDraw) {
  const isNew = !firstDraw && !seen.has(idea.id);
  seen.add(idea.id);
  return ideaNote(idea, { isNew, showAuthor: !store.workshop.anonymous });
}

function wall(sourceId, { grouped, unsortedLabel }) {
  const firstDraw = seen === null;
  if (firstDraw) seen = new Set();
  const { clusters, unsorted } = store.groups(sourceId);
  const total = unsorted.length + clusters.reduce((n, g) => n + g.ideas.length, 0);
  if (!total && !clusters.length) {
    return h("div", { class: "wall wall--empty", testid: "wall" }, h("p", { class: "wall__empty", text: t("screen_no_ideas") }));
  }
  if (!grouped || !clusters.length) {
    const ideas = [...clusters.flatMap((g) => g.ideas), ...unsorted];
    return h("ul", { class: "wall wall--flat notes", testid: "wall", data: { count: total } },
      ideas.map((idea) => noteFor(idea, firstDraw)));
  }
  const groups = clusters.map(({ cluster, ideas }) =>
    h("section", { class: "group", testid: "wall-cluster", data: { clusterId: cluster.id, size: ideas.length > 4 ? "big" : "small" } },
      h("h2", { class: "group__title" }, h("span", { text: cluster.title }), h("span", { class: "group__count", text: String(ideas.length) })),
      h("ul", { class: "notes" }, ideas.map((idea) => noteFor(idea, firstDraw)))));
  if (unsorted.length) {
    groups.push(h("section", { class: "group group--unsorted", testid: "wall-unsorted", data: { size: unsorted.length > 4 ? "big" : "small" } },
      h("h2", { class: "group__title" }, h("span", { text: unsortedLabel || t("unsorted") }), h("span", { class: "group__count", text: String(unsorted.length) })),
      h("ul", { class: "notes" }, unsorted.map((idea) => noteFor(idea, firstDraw)))));
  }
  return h("div", { class: "wall wall--grouped", testid: "wall", data: { count: total } }, groups);
}

function votePanel(step) {
  const tally = store.tallyFor(step);
  const { dotsPerPerson } = store.voteOptions(step);
  if (step.results_revealed) {
    return h("div", { class: "results-panel" }, resultBars(store.results(step), { showZero: false, limit: 10 }));
  }
  const source = store.sourceOf(step);
  const spent = tally ? tally.dots_spent : null;
  const possible = Math.max(1, store.participants * dotsPerPerson);
  return h("div", { class: "vote-panel" },
    h("div", { class: "vote-banner", testid: "vote-banner" },
      h("p", { class: "vote-banner__text", text: step.submissions_open ? t("screen_vote_now", { dots: dotsPerPerson }) : t("voting_closed") }),
      spent != null ? h("div", { class: "vote-banner__progress" },
        h("span", { class: "vote-banner__spent", text: t("dots_spent", { count: spent }), testid: "dots-spent" }),
        h("span", { class: "progress" }, h("span", { class: "progress__fill", style: { width: `${Math.min(100, Math.round(spent / possible * 100))}%` } }))) : null),
    source != null ? wall(source, { grouped: true, unsortedLabel: t("single_ideas") }) : null);
}

function renderContent() {
  const step = store.currentStep();
  const phase = store.phase;
  let mode = "small";
  let content;
  if (phase === "waiting") {
    mode = "welcome";
    content = h("div", { class: "welcome", testid: "waiting" },
      h("p", { class: "welcome__step", text: t("screen_join_hint") }));
  } else if (phase === "ended") {
    mode = "ended";
    content = h("div", { class: "welcome", testid: "thanks" }, h("p", { class: "welcome__step", text: t("thanks_text") }));
  } else if (step.activity === "brainstorm") {
    const count = store.ideasOf(step.id).length;
    mode = count <= BIG_QR_MAX_IDEAS ? "big" : "small";
    content = wall(step.id, { grouped: true });
  } else if (step.activity === "cluster") {
    const source = store.sourceOf(step);
    content = source != null ? wall(source, { grouped: true }) : h("p", { class: "wall__empty", text: t("follow_facilitator") });
  } else if (step.activity === "dot_vote") {
    content = votePanel(step);
  } else {
    content = h("p", { class: "wall__empty", text: t("follow_facilitator") });
  }
  ui.frame.dataset.mode = mode;
  replace(ui.content, content);
  fit();
}

/** Shrinks the wall's type until it fits the screen (no scrolling on a projector). */
function fit() {
  const box = ui.content;
  let scale = 1;
  box.style.setProperty("--fit", "1");
  for (let i = 0; i < 12 && box.scrollHeight > box.clientHeight + 2 && scale > 0.42; i += 1) {
    scale -= 0.05;
    box.style.setProperty("--fit", scale.toFixed(2));
  }
}

function renderBar() {
  setText(ui.progress, progressText(store));
  setText(ui.count, String(store.participants));
}

const render = batched(() => {
  if (!store.ready) return;
  renderBar();
  renderHeading();
  renderContent();
  ticker.tick();
});

const ticker = startTicker(store, ({ running, text, up, justEnded }) => {
  ui.timer.hidden = !running;
  ui.timer.classList.toggle("is-up", up);
  setText(ui.timer, up ? "0:00" : text);
  ui.timesUp.hidden = !up;
  if (justEnded) {
    ui.timesUp.classList.remove("is-flashing");
    void ui.timesUp.offsetWidth; // restart the animation
    ui.timesUp.classList.add("is-flashing"); // role="alert": screen readers announce it
  }
});

window.addEventListener("resize", batched(fit));

store.subscribe((event) => {
  if (event.kind === "idea.added" && event.isNew) announce(t("new_idea", { text: event.change.idea.text }));
  render();
});

connect({
  code: config.code,
  role: "projector",
  store,
  badgeHost: byId("conn"),
  onFatal: (error) => fatalNotice(ui.content, error, null),
});
