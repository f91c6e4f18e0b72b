// The projector: 1920x1080, read from the back of the room. Shows, never controls.
import { boot, t, h, byId, replace, setText, batched, announce } from "./dom.js";
import { Store } from "./state.js";
import { connect, fatalNotice } from "./live.js";
import { startTicker } from "./timer.js";
import {
  activityLabel, progressText, resultBars, ideaNote, stepText, usesThumbs, consentLabel, thumbGlyph, proposalLines,
  proposalView, distributionChart, statsView, quoteList, actionStatus, groupName, groupStyle,
} from "./views.js";

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
  rail: byId("rail"),
};

const BIG_QR_MAX_IDEAS = 8;
let seen = null; // idea ids already on the wall (new ones get a short highlight)
let headingKey = "";

function renderHeading() {
  const step = store.currentStep();
  const w = store.workshop;
  const text = stepText(store, step);
  const key = JSON.stringify([store.phase, step && step.id, text.title, text.prompt, w.title, w.date, w.goals]);
  if (key === headingKey) return;
  headingKey = key;
  if (store.phase === "waiting") {
    const goals = store.goals();
    replace(ui.heading,
      w.date ? h("p", { class: "heading__eyebrow", text: w.date }) : null,
      h("h1", { class: "heading__title heading__title--welcome", text: w.title, testid: "screen-title" }),
      goals.length ? null : h("p", { class: "heading__prompt", text: t("screen_waiting") }));
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

// ---- the development-day activities ------------------------------------------------------------

/** Before the reveal: how many have answered, never what. */
function countPanel(count, instruction, { testid = "answers-so-far", label = t("answers") } = {}) {
  return h("div", { class: "count-panel", testid, data: { count: count ?? "" } },
    h("p", { class: "count-panel__number", text: count == null ? "–" : String(count) }),
    h("p", { class: "count-panel__label", text: label }),
    instruction ? h("p", { class: "count-panel__hint", text: instruction }) : null);
}

function privatePanel(step) {
  const count = store.privateCount(step.id);
  return h("div", { class: "private-panel", testid: "private-count", data: { count: count ?? "" } },
    count == null ? null : h("p", { class: "private-panel__count", text: t("screen_private_count", { count }) }),
    h("p", { class: "private-panel__hint", text: t("screen_private_hint") }));
}

/** Scale and feedback: progress before the reveal, then the distribution, figures and comments. */
function answersPanel(step) {
  const tally = store.tallyFor(step);
  const scale = step.activity === "scale";
  if (!step.results_revealed || !tally || !tally.counts) {
    const instruction = !step.submissions_open ? t("answers_closed")
      : scale ? t("screen_answer_scale") : t("screen_feedback_now");
    return countPanel(tally ? tally.responses : null, instruction);
  }
  const chart = distributionChart(tally.counts, tally.low, scale ? {} : {
    labels: (v) => String(v), glyph: () => h("span", { class: "dist__star", text: "★", attrs: { "aria-hidden": "true" } }),
  });
  const results = h("div", { class: ["answers", scale ? "answers--scale" : "answers--feedback"], testid: "answer-results" },
    h("div", { class: "answers__chart" }, chart),
    h("div", { class: "answers__side" }, statsView(tally)));
  if (scale) {
    return h("div", { class: "answers-panel" }, results,
      h("p", { class: "step-up", testid: "step-up", text: t("scale_step_up") }));
  }
  const texts = tally.texts || [];
  return h("div", { class: ["answers-panel", texts.length && "answers-panel--comments"] }, results,
    texts.length ? h("section", { class: "comments" },
      h("h2", { class: "comments__title", text: t("comments_heading", { count: texts.length }) }),
      quoteList(texts, { testid: "comments" })) : null);
}

function consentPanel(step) {
  const round = store.consentRound(step);
  if (!round) return h("p", { class: "wall__empty", text: t("consent_no_proposal") });
  const tally = store.tallyFor(step);
  const thumbs = usesThumbs(step);
  const result = tally && tally.rounds ? tally.rounds.find((r) => r.round === round.round) : null;
  const proposal = h("section", { class: "consent__proposal", testid: "consent-proposal-card", data: { round: round.round } },
    h("p", { class: "consent__meta" },
      h("span", { class: "tag tag--light", text: t("consent_round", { round: round.round }), testid: "consent-round" }),
      h("span", { text: t("consent_proposal") })),
    proposalView(round.proposal, { testid: "consent-proposal", className: "screen-proposal" }));
  let side;
  if (step.results_revealed && result) {
    side = h("section", { class: "consent__results", testid: "consent-results" },
      distributionChart(result.counts, 0, {
        order: thumbs ? [0, 1, 2] : undefined,
        labels: thumbs ? (v) => t(`thumb_${v}_short`) : (v) => String(v),
        glyph: thumbs ? thumbGlyph : undefined,
      }),
      h("p", { class: "consent__blocks", testid: "consent-blocks", data: { count: result.blocks }, text: t("consent_blocks", { count: result.blocks }) }),
      h("h2", { class: "comments__title", text: t("objections_heading", { count: result.objections.length }) }),
      quoteList(result.objections, { testid: "objections", empty: t("objections_none") }));
  } else {
    const instruction = round.outcome || !step.submissions_open ? t("answers_closed")
      : thumbs ? t("screen_thumbs_now") : t("screen_consent_now");
    side = countPanel(tally ? tally.responses : null, instruction);
  }
  return h("div", { class: "consent" },
    round.outcome === "not_agreed" ? h("p", { class: "outcome-banner", testid: "consent-outcome", data: { outcome: round.outcome }, text: t("consent_not_agreed") }) : null,
    h("div", { class: "consent__body" }, proposal, side));
}

/** The agreed wording as a numbered poster, big enough for the back of the room. */
function poster(step, round) {
  const lines = proposalLines(round.proposal);
  const title = step.method_id === "ground_rules" || step.method_id == null ? t("poster_ground_rules") : t("poster_agreed");
  return h("section", { class: "poster", testid: "consent-poster", data: { round: round.round, lines: lines.length } },
    h("h1", { class: "poster__title", text: title, testid: "poster-title" }),
    lines.length > 1
      ? h("ol", { class: "poster__rules" }, lines.map((line, i) => h("li", { class: "poster__rule", testid: "poster-rule" },
        h("span", { class: "poster__number", text: String(i + 1), attrs: { "aria-hidden": "true" } }),
        h("span", { class: "poster__text", text: line }))))
      : h("p", { class: "poster__single", text: lines[0] || "", testid: "poster-rule" }),
    h("p", { class: "poster__foot" }, h("span", { class: "poster__check", text: "✓", attrs: { "aria-hidden": "true" } }),
      h("span", { text: store.workshop.title }), store.workshop.date ? h("span", { text: ` · ${store.workshop.date}` }) : null));
}

function pairsPanel(step) {
  const pairs = store.pairsFor(step);
  if (!pairs || !pairs.groups.length) return h("p", { class: "wall__empty", testid: "pairs-waiting", text: t("screen_pairs_waiting") });
  const size = (step.options && step.options.group_size) || 2;
  const find = size > 2 || (step.options && step.options.merge_previous) ? t("screen_groups_find") : t("screen_pairs_find");
  return h("div", { class: "pairs", testid: "pairs", data: { round: pairs.round, groups: pairs.groups.length } },
    h("p", { class: "pairs__banner" },
      h("span", { class: "tag tag--light", text: t("pair_round", { round: pairs.round }), testid: "pair-round" }),
      h("span", { class: "pairs__find", text: find })),
    h("ul", { class: "pairs__grid", data: { many: pairs.groups.length > 12 ? "1" : "0" } }, pairs.groups.map((group) =>
      h("li", { class: "pair-tile", testid: "pair-tile", data: { number: group.number, members: group.members.length },
        style: groupStyle(group.colour) },
      h("span", { class: "pair-tile__symbol", text: group.symbol, attrs: { "aria-hidden": "true" } }),
      h("span", { class: "pair-tile__name", text: groupName(step, group.number) }),
      h("span", { class: "pair-tile__people", attrs: { "aria-hidden": "true" }, text: "●".repeat(group.members.length) })))));
}

function actionsPanel(step) {
  const list = store.actionsOf(step.id);
  if (!list.length) return h("p", { class: "wall__empty", testid: "actions-empty", text: t("actions_empty") });
  return h("table", { class: "action-table", testid: "actions" },
    h("thead", {}, h("tr", {},
      h("th", { scope: "col", text: t("action_what") }),
      h("th", { scope: "col", text: t("action_who") }),
      h("th", { scope: "col", text: t("action_due") }),
      h("th", { scope: "col", class: "action-table__num", text: t("action_volunteers") }))),
    h("tbody", {}, list.map((action) => h("tr", { class: ["action-row", `action-row--${action.status}`], testid: "action",
      data: { actionId: action.id, volunteers: action.volunteers } },
    h("td", { class: "action-table__what" }, h("span", { text: action.what }), actionStatus(action)),
    h("td", { text: action.who || "–" }),
    h("td", { text: action.due || "–" }),
    h("td", { class: "action-table__num", testid: "action-volunteers", text: String(action.volunteers) })))));
}

function renderContent() {
  const step = store.currentStep();
  const phase = store.phase;
  let mode = "small";
  let view = "";
  let content;
  if (phase === "waiting") {
    mode = "welcome";
    const goals = store.goals();
    content = h("div", { class: "welcome", testid: "waiting" },
      goals.length ? h("section", { class: "goals", testid: "goals", aria: { labelledby: "goals-heading" } },
        h("h2", { id: "goals-heading", class: "goals__title", text: t("screen_goals_heading") }),
        h("ul", { class: "goals__list" }, goals.map((goal) => h("li", { class: "goals__item", text: goal, testid: "goal" })))) : null,
      h("p", { class: "welcome__step", text: t("screen_join_hint") }));
  } else if (phase === "ended") {
    mode = "ended";
    content = h("div", { class: "welcome", testid: "thanks" }, h("p", { class: "welcome__step", text: t("thanks_text") }));
  } else if (step.activity === "brainstorm" && store.isPrivate(step)) {
    mode = "big";
    content = privatePanel(step);
  } else if (step.activity === "brainstorm") {
    const count = store.ideasOf(step.id).length;
    mode = count <= BIG_QR_MAX_IDEAS ? "big" : "small";
    content = wall(step.id, { grouped: true });
  } else if (step.activity === "scale") {
    content = answersPanel(step);
  } else if (step.activity === "feedback") {
    content = answersPanel(step);
  } else if (step.activity === "consent") {
    const agreed = store.consentRound(step);
    if (agreed && agreed.outcome === "agreed") {
      view = "poster";
      content = poster(step, agreed);
    } else {
      content = consentPanel(step);
    }
  } else if (step.activity === "pairing") {
    content = pairsPanel(step);
  } else if (step.activity === "action_plan" || step.activity === "review") {
    content = actionsPanel(step);
  } else if (step.activity === "cluster") {
    const source = store.sourceOf(step);
    content = source != null ? wall(source, { grouped: true }) : h("p", { class: "wall__empty", text: t("follow_facilitator") });
  } else if (step.activity === "dot_vote") {
    content = votePanel(step);
  } else {
    content = h("p", { class: "wall__empty", text: t("follow_facilitator") });
  }
  ui.frame.dataset.mode = mode;
  ui.frame.dataset.view = view;
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
    block.length > 1 ? h("span", { class: "blockdots", testid: "block-dots", data: { steps: block.length },
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

let announcedReveal = null;

store.subscribe((event) => {
  if (event.kind === "idea.added" && event.isNew) announce(t("new_idea", { text: event.change.idea.text }));
  const tally = store.tally;
  if (event.kind === "tally" && tally && tally.revealed && announcedReveal !== tally.step_id) {
    announcedReveal = tally.step_id;
    if (tally.median != null) announce(t("median_value", { value: tally.median }));
  }
  if (event.kind === "consent" && event.decided) {
    const round = store.consentRound(store.currentStep());
    if (round) announce(round.outcome === "agreed" ? t("consent_agreed") : t("consent_not_agreed"));
  }
  if (event.kind === "ideas.private") announce(t("screen_private_count", { count: event.change.count }));
  render();
});

connect({
  code: config.code,
  role: "projector",
  store,
  badgeHost: byId("conn"),
  onFatal: (error) => fatalNotice(ui.content, error, null),
});
