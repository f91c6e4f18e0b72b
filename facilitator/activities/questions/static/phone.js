// Questions with upvotes on the phone: ask in the dock (anonymously), upvote the others'
// questions with the thumb (tap again to take it back). What the phone sent waits in an outbox
// until the server has it (outbox.js), each question and upvote named by its client id.
import { t, h, newClientId, announce } from "/static/js/dom.js";
import { toast } from "/static/js/live.js";
import { createOutbox, announceQueued, notSentNote } from "/static/js/outbox.js";
import { state, boardOf, votesBadge, thumb } from "./board.js";

export { state };

const QUESTION_MAX = 280;
// What the server last told this phone: its questions and upvotes in the current step.
const mine = { stepId: null, asked: [], upvotes: [] };
let box = null;
let composer = null;

function outboxOf(page) {
  if (!box) {
    box = createOutbox(`facilitator.questions.${page.code}`, {
      onSent(item, answer) {
        if (item.step_id !== mine.stepId) return;
        if (answer.question && !mine.asked.some((q) => q.id === answer.question.id)) {
          mine.asked = [...mine.asked, answer.question];
          announce(answer.question.status === "pending" ? t("questions_waiting") : t("questions_sent"));
        }
        if (Array.isArray(answer.my_upvotes)) mine.upvotes = answer.my_upvotes;
      },
      onRefused: (item, answer) => toast(answer.message || t("error_generic")),
      onChange: () => page.render(),
    });
  }
  return box;
}

function waiting(page, step) {
  return outboxOf(page).items().filter((i) => i.step_id === step.id);
}

/** My upvotes with those not yet acknowledged: {question id: client id}. */
function myUpvotes(page, step) {
  const votes = new Map(mine.upvotes.map((v) => [v.question_id, v.client_id]));
  for (const item of waiting(page, step)) {
    if (item.event === "question.upvote") votes.set(item.payload.question_id, item.payload.client_id);
    if (item.event === "question.withdraw") votes.delete(item.question_id);
  }
  return votes;
}

function toggle(page, step, question) {
  const outbox = outboxOf(page);
  const voted = myUpvotes(page, step).get(question.id);
  if (voted) {
    if (outbox.has(`up:${voted}`) && outbox.remove(`up:${voted}`)) return;
    outbox.put({ id: `down:${voted}`, event: "question.withdraw", step_id: step.id, question_id: question.id,
      payload: { client_id: voted } });
  } else {
    const clientId = newClientId();
    outbox.put({ id: `up:${clientId}`, event: "question.upvote", step_id: step.id,
      payload: { client_id: clientId, question_id: question.id, step_id: step.id } });
  }
  if (!page.connected) announceQueued(true);
}

function ask(page, step, text) {
  const clean = text.trim();
  if (!clean) return false;
  const clientId = newClientId();
  outboxOf(page).put({ id: `ask:${clientId}`, event: "question.ask", step_id: step.id, text: clean,
    payload: { client_id: clientId, text: clean, step_id: step.id } });
  if (!page.connected) announceQueued(true);
  return true;
}

/** The composer, made once per step and kept (a re-render never loses what is being typed). */
function composerFor(page, step) {
  if (composer && composer.stepId === step.id) return composer.form;
  const field = h("textarea", { id: "question-text", class: "composer__field", maxLength: QUESTION_MAX, rows: 2,
    testid: "question-input", placeholder: t("questions_placeholder"), attrs: { enterkeyhint: "send", autocomplete: "off" } });
  const button = h("button", { type: "submit", class: "btn btn--primary composer__send", text: t("questions_send"),
    testid: "question-send", disabled: true });
  const form = h("form", { class: "composer", testid: "question-form" },
    h("label", { class: "sr-only", htmlFor: "question-text", text: t("questions_label") }), field,
    h("div", { class: "composer__row" }, h("span", { class: "composer__count" }), button));
  field.addEventListener("input", () => { button.disabled = !field.value.trim(); });
  field.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) { event.preventDefault(); form.requestSubmit(); }
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (ask(page, page.store.currentStep(), field.value)) { field.value = ""; button.disabled = true; }
  });
  composer = { stepId: step.id, form };
  return form;
}

function questionItem(page, step, question, { own, voted, open }) {
  return h("li", { class: ["question", question.answered && "question--answered", voted && "question--voted"],
    testid: "question", data: { questionId: question.id, votes: question.votes, answered: question.answered ? "1" : "0" } },
  h("p", { class: "question__text", text: question.text }),
  h("div", { class: "question__meta" },
    question.answered ? h("span", { class: "chip chip--ok", text: t("questions_answered") }) : null,
    own ? h("span", { class: "chip chip--muted", text: t("questions_yours") }) : null),
  own ? votesBadge(question.votes) : h("button", { type: "button", class: ["btn", "qvote", voted && "is-on"],
    testid: "question-upvote", disabled: !open, aria: { pressed: voted ? "true" : "false" },
    on: { click: () => toggle(page, step, question) } },
    // Named by its content, what it shows included (WCAG 2.5.3): "Kannata: … 2".
    h("span", { class: "sr-only", text: `${t("questions_upvote", { text: question.text })} ` }),
    thumb(), h("span", { class: "qvotes__count", testid: "question-votes", data: { votes: question.votes }, text: String(question.votes) })));
}

function myOthers(page, step) {
  // My questions not on the board: waiting for approval, hidden, or not yet sent.
  const onBoard = new Set(boardOf(page.store, step).map((q) => q.id));
  const hints = { pending: "questions_waiting", hidden: "questions_hidden_own", shown: "questions_sent" };
  const items = mine.asked.filter((q) => !onBoard.has(q.id))
    .map((q) => h("li", { class: "question question--own", testid: "question-pending", data: { status: q.status } },
      h("p", { class: "question__text", text: q.text }),
      h("p", { class: "hint", text: t(hints[q.status] || "questions_waiting") })));
  for (const item of waiting(page, step).filter((i) => i.event === "question.ask")) {
    items.push(h("li", { class: "question question--own", testid: "question-unsent" },
      h("p", { class: "question__text", text: item.text }), notSentNote(outboxOf(page).sending(item.id))));
  }
  return items;
}

export function render(step, page) {
  outboxOf(page);
  const open = step.submissions_open;
  const own = new Set(mine.asked.map((q) => q.id));
  const votes = myUpvotes(page, step);
  const board = boardOf(page.store, step);
  const pending = myOthers(page, step);
  return {
    parts: [
      open ? h("p", { class: "hint", text: t("questions_hint") }) : page.notice(t("questions_closed"), "closed", "warn"),
      pending.length ? h("ul", { class: "questions questions--own" }, pending) : null,
      h("section", { class: "questions-board", aria: { labelledby: "questions-heading" } },
        h("h3", { id: "questions-heading", class: "section-title", text: t("questions_heading", { count: board.length }) }),
        board.length ? h("ol", { class: "questions", testid: "questions" }, board.map((q) => questionItem(page, step, q,
          { own: own.has(q.id), voted: votes.has(q.id), open })))
          : h("p", { class: "empty", text: t("questions_none") })),
    ],
    dock: open ? composerFor(page, step) : null,
  };
}

/** The phone's own questions and upvotes come with every snapshot; a new step starts without. */
export function onEvent(event, page) {
  outboxOf(page);
  if (event.kind === "snapshot") {
    const saved = page.store.me && page.store.me.questions;
    Object.assign(mine, saved ? { stepId: saved.step_id, asked: saved.asked, upvotes: saved.upvotes }
      : { stepId: null, asked: [], upvotes: [] });
  } else if (event.stepChanged) {
    const step = page.store.currentStep();
    Object.assign(mine, { stepId: step ? step.id : null, asked: [], upvotes: [] });
  }
}
