// The dot vote on the phone: give dots with + and take them back with −, the budget in the dock;
// the results once revealed. My dots show at once and are put right by the server's answer.
import { t, h, newClientId } from "/static/js/dom.js";
import { voteOptions, voteTargets, results, resultBars } from "./votes.js";

const mine = {
  server: [],            // my dots as the server last told us
  adds: new Map(),       // client_id -> dot being added
  removes: new Set(),    // client ids of dots being taken back
};

function myVotes() {
  const votes = mine.server.filter((v) => !mine.removes.has(v.client_id));
  for (const vote of mine.adds.values()) {
    if (!votes.some((v) => v.client_id === vote.client_id)) votes.push(vote);
  }
  return votes;
}

function myVoteCounts() {
  const counts = new Map();
  for (const v of myVotes()) {
    const key = `${v.target_type}:${v.target_id}`;
    counts.set(key, (counts.get(key) || 0) + 1);
  }
  return counts;
}

async function addDot(page, target) {
  const vote = { client_id: newClientId(), target_type: target.type, target_id: target.id };
  mine.adds.set(vote.client_id, vote);
  page.render();
  const answer = await page.send("vote.add", vote);
  mine.adds.delete(vote.client_id);
  if (answer.ok && Array.isArray(answer.my_votes)) mine.server = answer.my_votes;
  page.render();
}

async function removeDot(page, target) {
  const onTarget = myVotes().filter((v) => v.target_type === target.type && v.target_id === target.id);
  const vote = onTarget[onTarget.length - 1];
  if (!vote) return;
  if (mine.adds.has(vote.client_id)) return; // still on its way: wait for its answer
  mine.removes.add(vote.client_id);
  page.render();
  const answer = await page.send("vote.remove", { client_id: vote.client_id });
  mine.removes.delete(vote.client_id);
  if (answer.ok && Array.isArray(answer.my_votes)) mine.server = answer.my_votes;
  page.render();
}

function dotGlyphs(filled, total) {
  return Array.from({ length: total }, (_, i) => h("span", { class: ["dot", i < filled && "dot--on"], attrs: { "aria-hidden": "true" } }));
}

function targetItem(page, target, { open, left, maxPerItem, counts }) {
  const count = counts.get(`${target.type}:${target.id}`) || 0;
  const canAdd = open && left > 0 && count < maxPerItem;
  const label = target.title;
  return h("li", { class: ["target", count && "target--chosen"], testid: "vote-target",
    data: { targetType: target.type, targetId: target.id, myDots: count } },
  h("div", { class: "target__body" },
    h("p", { class: "target__title", text: label }),
    target.ideas.length ? h("ul", { class: "target__ideas" },
      target.ideas.slice(0, 5).map((idea) => h("li", { text: idea.text })),
      target.ideas.length > 5 ? h("li", { class: "target__more", text: t("and_more", { count: target.ideas.length - 5 }) }) : null) : null),
  h("div", { class: "target__controls" },
    h("button", { type: "button", class: "btn btn--round", text: "−", disabled: !open || count === 0, testid: "vote-remove",
      aria: { label: t("vote_remove_label", { title: label }) }, on: { click: () => removeDot(page, target) } }),
    h("span", { class: "target__dots", testid: "vote-count", aria: { label: t("your_dots", { count }) } },
      dotGlyphs(count, maxPerItem)),
    h("button", { type: "button", class: "btn btn--round btn--primary", text: "+", disabled: !canAdd, testid: "vote-add",
      aria: { label: t("vote_add_label", { title: label }) }, on: { click: () => addDot(page, target) } })));
}

function voteSection(page, step) {
  const { dotsPerPerson, maxPerItem } = voteOptions(step);
  const targets = voteTargets(page.store, step);
  const open = step.submissions_open;
  if (!targets.length) return page.notice(t("vote_nothing"), "vote-empty");
  const shared = { open, left: dotsPerPerson - myVotes().length, maxPerItem, counts: myVoteCounts() };
  return h("section", { class: "vote", aria: { labelledby: "vote-heading" } },
    h("h3", { id: "vote-heading", class: "section-title", text: open ? t("vote_heading") : t("your_dots_heading") }),
    open ? h("p", { class: "hint", text: t("vote_hint", { max: maxPerItem }) }) : null,
    h("ul", { class: "targets", testid: "vote-targets" }, targets.map((target) => targetItem(page, target, shared))));
}

function budgetBar(step) {
  const { dotsPerPerson } = voteOptions(step);
  const left = dotsPerPerson - myVotes().length;
  return h("div", { class: "budget", testid: "vote-budget", data: { left, total: dotsPerPerson } },
    h("span", { class: "budget__dots" }, dotGlyphs(left, dotsPerPerson)),
    h("span", { class: "budget__text", text: left > 0 ? t("dots_left", { left, total: dotsPerPerson }) : t("dots_all_spent") }));
}

export function render(step, page) {
  if (step.results_revealed) {
    return { parts: [h("section", { class: "results" },
      h("h3", { class: "section-title", text: t("results_heading") }),
      resultBars(results(page.store, step), { mine: myVoteCounts() }))] };
  }
  return {
    parts: [step.submissions_open ? null : page.notice(t("voting_closed"), "closed", "warn"), voteSection(page, step)],
    dock: step.submissions_open ? budgetBar(step) : null,
  };
}

/** My dots are per step: the snapshot says what they are; a new step starts without any. */
export function onEvent(event, page) {
  if (event.kind === "snapshot") mine.server = (page.store.me && page.store.me.votes) || [];
  if (event.stepChanged) {
    mine.adds.clear();
    mine.removes.clear();
    if (event.kind !== "snapshot") mine.server = [];
  }
}
