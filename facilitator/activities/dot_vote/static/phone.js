// The dot vote on the phone: give dots with + and take them back with −, the budget in the dock;
// the results once revealed. My dots show at once, are kept on the phone until the server has
// them, and are put right by the server's answer.
import { t, h, newClientId } from "/static/js/dom.js";
import { tn } from "/static/js/plural.js";
import { toast } from "/static/js/live.js";
import { createOutbox, announceQueued, notSentNote } from "/static/js/outbox.js";
import { voteOptions, voteTargets, resultsOrWithheld } from "./votes.js";

// My dots as the server last told us; the dots given or taken back and not yet acknowledged wait
// in an outbox (outbox.js: kept on the phone, sent again until the server has them).
const mine = { server: [] };
let box = null;

function outboxOf(page) {
  if (!box) {
    box = createOutbox(`facilitator.dots.${page.code}`, {
      onSent(item, answer) {
        const step = page.store.currentStep();
        if (Array.isArray(answer.my_votes) && step && step.id === item.step_id) mine.server = answer.my_votes;
        if (!box.items().length) announceQueued(false, t("dots_sent"));
      },
      onRefused: (item, answer) => toast(answer.message || t("error_generic")),
      onChange: () => page.render(),
    });
  }
  return box;
}

/** The dots of `step` not yet acknowledged: {adds: [dot], removes: Set(client id)}. */
function waitingDots(page, step) {
  const adds = [];
  const removes = new Set();
  for (const item of outboxOf(page).items()) {
    if (item.step_id !== step.id) continue;
    if (item.event === "vote.add") adds.push({ ...item.payload, pending: true });
    else removes.add(item.payload.client_id);
  }
  return { adds, removes };
}

function myVotes(page, step) {
  const { adds, removes } = waitingDots(page, step);
  const votes = mine.server.filter((v) => !removes.has(v.client_id));
  for (const vote of adds) {
    if (!votes.some((v) => v.client_id === vote.client_id)) votes.push(vote);
  }
  return votes;
}

function myVoteCounts(page, step) {
  const counts = new Map();
  for (const v of myVotes(page, step)) {
    const key = `${v.target_type}:${v.target_id}`;
    counts.set(key, (counts.get(key) || 0) + 1);
  }
  return counts;
}

function addDot(page, step, target) {
  const clientId = newClientId();
  outboxOf(page).put({ id: `add:${clientId}`, event: "vote.add", step_id: step.id,
    payload: { client_id: clientId, target_type: target.type, target_id: target.id, step_id: step.id } });
  if (!page.connected) announceQueued(true);
}

function removeDot(page, step, target) {
  const onTarget = myVotes(page, step).filter((v) => v.target_type === target.type && v.target_id === target.id);
  const vote = onTarget[onTarget.length - 1];
  if (!vote) return;
  const outbox = outboxOf(page);
  if (vote.pending) {
    // Not yet on the server: taken back on the phone (unless it is on its way: wait for it).
    outbox.remove(`add:${vote.client_id}`);
    return;
  }
  outbox.put({ id: `remove:${vote.client_id}`, event: "vote.remove", step_id: step.id, payload: { client_id: vote.client_id } });
  if (!page.connected) announceQueued(true);
}

function dotGlyphs(filled, total) {
  return Array.from({ length: total }, (_, i) => h("span", { class: ["dot", i < filled && "dot--on"], attrs: { "aria-hidden": "true" } }));
}

function targetItem(page, step, target, { open, left, maxPerItem, counts }) {
  const count = counts.get(`${target.type}:${target.id}`) || 0;
  const canAdd = open && left > 0 && count < maxPerItem;
  const label = target.title;
  return h("li", { class: ["target", count && "target--chosen"], testid: "vote-target",
    data: { targetType: target.type, targetId: target.id, myDots: count } },
  h("div", { class: "target__body" },
    h("p", { class: "target__title", text: label }),
    target.ideas.length ? h("ul", { class: "target__ideas" },
      target.ideas.slice(0, 5).map((idea) => h("li", { text: idea.text })),
      target.ideas.length > 5 ? h("li", { class: "target__more", text: tn("and_more", target.ideas.length - 5, { count: target.ideas.length - 5 }) }) : null) : null),
  h("div", { class: "target__controls" },
    h("button", { type: "button", class: "btn btn--round", text: "−", disabled: !open || count === 0, testid: "vote-remove",
      aria: { label: t("vote_remove_label", { title: label }) }, on: { click: () => removeDot(page, step, target) } }),
    h("span", { class: "target__dots", testid: "vote-count", attrs: { role: "img" }, aria: { label: t("your_dots", { count }) } },
      dotGlyphs(count, maxPerItem)),
    h("button", { type: "button", class: "btn btn--round btn--primary", text: "+", disabled: !canAdd, testid: "vote-add",
      aria: { label: t("vote_add_label", { title: label }) }, on: { click: () => addDot(page, step, target) } })));
}

function voteSection(page, step) {
  const { dotsPerPerson, maxPerItem } = voteOptions(step);
  const targets = voteTargets(page.store, step);
  const open = step.submissions_open;
  if (!targets.length) return page.notice(t("vote_nothing"), "vote-empty");
  const shared = { open, left: dotsPerPerson - myVotes(page, step).length, maxPerItem, counts: myVoteCounts(page, step) };
  return h("section", { class: "vote", aria: { labelledby: "vote-heading" } },
    h("h3", { id: "vote-heading", class: "section-title", text: open ? t("vote_heading") : t("your_dots_heading") }),
    open ? h("p", { class: "hint", text: t("vote_hint", { max: maxPerItem }) }) : null,
    h("ul", { class: "targets", testid: "vote-targets" }, targets.map((target) => targetItem(page, step, target, shared))));
}

function budgetBar(page, step) {
  const { dotsPerPerson } = voteOptions(step);
  const left = dotsPerPerson - myVotes(page, step).length;
  const { adds, removes } = waitingDots(page, step);
  const waiting = adds.length + removes.size;
  const sending = waiting > 0 && outboxOf(page).items().every((i) => i.step_id !== step.id || outboxOf(page).sending(i.id));
  return h("div", { class: "budget-dock" },
    waiting ? notSentNote(sending, "dots-not-sent") : null,
    h("div", { class: "budget", testid: "vote-budget", data: { left, total: dotsPerPerson, waiting } },
      h("span", { class: "budget__dots" }, dotGlyphs(left, dotsPerPerson)),
      h("span", { class: "budget__text", text: left > 0 ? t("dots_left", { left, total: dotsPerPerson }) : t("dots_all_spent") })));
}

export function render(step, page) {
  if (step.results_revealed) {
    return { parts: [h("section", { class: "results" },
      h("h3", { class: "section-title", text: t("results_heading") }),
      resultsOrWithheld(page.store, step, { mine: myVoteCounts(page, step) }))] };
  }
  return {
    parts: [step.submissions_open ? null : page.notice(t("voting_closed"), "closed", "warn"), voteSection(page, step)],
    dock: step.submissions_open ? budgetBar(page, step) : null,
  };
}

/** My dots are per step: the snapshot says what they are; a new step starts without any. */
export function onEvent(event, page) {
  outboxOf(page); // what waits from before a reload is sent from the first event on
  if (event.kind === "snapshot") mine.server = (page.store.me && page.store.me.votes) || [];
  if (event.stepChanged && event.kind !== "snapshot") mine.server = [];
}
