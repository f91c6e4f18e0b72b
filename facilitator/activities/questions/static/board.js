// Questions with upvotes, as every surface reads them: the board (the shown questions in order,
// with their upvotes) arrives in the step's result; the facilitator's queue of questions waiting
// for approval is the type's own share of the state (snapshot key `question_queue`, change kind
// `questions.queue`).
import { t, h } from "/static/js/dom.js";

export const state = {
  read: (snapshot) => ({ queue: snapshot.question_queue || null }),
  changes: {
    "questions.queue": (slice, change) => ({ queue: { step_id: change.step_id, questions: change.questions || [] } }),
  },
};

/** The shown questions of `step` in the board's order: [{id, text, votes, answered, highlighted}]. */
export function boardOf(store, step) {
  const tally = store.tallyFor(step);
  return tally && Array.isArray(tally.questions) ? tally.questions : [];
}

/** The question on the projector now, or null. */
export function highlighted(store, step) {
  return boardOf(store, step).find((q) => q.highlighted) || null;
}

/** The facilitator's queue of `step`: [{id, text, status}] (pending and hidden). */
export function queueOf(store, step) {
  const { queue } = store.part(state);
  return queue && step && queue.step_id === step.id ? queue.questions : [];
}

const NS = "http://www.w3.org/2000/svg";

/** A thumb up, drawn (no emoji font needed), hidden from screen readers. */
export function thumb() {
  const svg = document.createElementNS(NS, "svg");
  for (const [name, value] of Object.entries({ viewBox: "0 0 24 24", width: "1em", height: "1em", "aria-hidden": "true",
    focusable: "false", class: "qvotes__thumb" })) svg.setAttribute(name, value);
  const path = document.createElementNS(NS, "path");
  path.setAttribute("d", "M2 10h4v11H2zM8 10l4-7c1.3 0 2.1 1 1.8 2.2L13 9h6.4c1.4 0 2.4 1.3 2.1 2.6L20 19c-.3 1.2-1.3 2-2.5 2H8z");
  path.setAttribute("fill", "currentColor");
  svg.appendChild(path);
  return svg;
}

/** An upvote count with its thumb, for a screen reader as words. */
export function votesBadge(count, { testid = "question-votes" } = {}) {
  // role="img" so that the count may carry its name ("2 kannatusta"; a plain span may not).
  return h("span", { class: "qvotes", testid, data: { votes: count }, attrs: { role: "img" },
    aria: { label: t("questions_upvotes", { count }) } },
    thumb(), h("span", { class: "qvotes__count", text: String(count), attrs: { "aria-hidden": "true" } }));
}
