// Questions with upvotes on the console: the queue waiting for approval (when moderated), the
// board with its upvotes, and for each question: show it on the projector, mark it answered,
// hide it. Asking is opened and closed here (the step opens for it as it starts).
import { t, h } from "/static/js/dom.js";
import { option } from "/static/js/declarations.js";
import { state, boardOf, queueOf, votesBadge } from "./board.js";

export { state };
export const addStep = { order: 4 };
export const options = { moderated: { label: "questions_field_moderated", testid: "moderated" } };

export function meta(step) {
  return option(step, "moderated") ? [t("questions_moderated_short")] : [];
}

function queued(ctx, question) {
  const hidden = question.status === "hidden";
  return h("li", { class: ["cq", hidden && "cq--hidden"], testid: hidden ? "question-hidden" : "question-queued",
    data: { questionId: question.id } },
  h("p", { class: "cq__text", text: question.text }),
  h("div", { class: "cq__actions" },
    h("button", { type: "button", class: "btn btn--small btn--primary", text: t("questions_approve"), testid: "question-approve",
      on: { click: (e) => ctx.act("question.approve", { question_id: question.id }, e.currentTarget) } }),
    hidden ? null : h("button", { type: "button", class: "btn btn--small btn--danger-quiet", text: t("questions_hide"),
      testid: "question-reject", on: { click: (e) => ctx.act("question.hide", { question_id: question.id }, e.currentTarget) } })));
}

function onBoard(ctx, question) {
  const act = (event, payload) => (e) => ctx.act(event, { question_id: question.id, ...payload }, e.currentTarget);
  return h("li", { class: ["cq", question.answered && "cq--answered", question.highlighted && "cq--now"], testid: "question",
    data: { questionId: question.id, votes: question.votes, answered: question.answered ? "1" : "0" } },
  votesBadge(question.votes),
  h("p", { class: "cq__text" }, question.text,
    question.answered ? h("span", { class: "chip chip--ok cq__chip", text: t("questions_answered") }) : null),
  h("div", { class: "cq__actions" },
    h("button", { type: "button", class: ["btn", "btn--small", question.highlighted && "btn--primary"], testid: "question-highlight",
      aria: { pressed: question.highlighted ? "true" : "false" },
      text: question.highlighted ? t("questions_unhighlight") : t("questions_highlight"),
      on: { click: (e) => ctx.act("question.highlight", { question_id: question.highlighted ? null : question.id }, e.currentTarget) } }),
    h("button", { type: "button", class: "btn btn--small", testid: "question-answered", aria: { pressed: question.answered ? "true" : "false" },
      text: question.answered ? t("questions_mark_open") : t("questions_mark_answered"),
      on: { click: act("question.answered", { answered: !question.answered }) } }),
    h("button", { type: "button", class: "btn btn--small btn--danger-quiet", text: t("questions_hide"), testid: "question-hide",
      on: { click: act("question.hide", {}) } })));
}

function draw(ctx) {
  const step = ctx.store.currentStep();
  const board = boardOf(ctx.store, step);
  const queue = queueOf(ctx.store, step);
  const pending = queue.filter((q) => q.status === "pending");
  const hidden = queue.filter((q) => q.status === "hidden");
  const tally = ctx.store.tallyFor(step);
  return h("section", { class: "cquestions", testid: "questions-panel" },
    h("div", { class: "cquestions__side" },
      h("p", { class: "tally__big", testid: "questions-summary", data: { count: board.length },
        text: t("questions_summary", { questions: board.length, voters: tally ? tally.voters : 0 }) }),
      h("button", { type: "button", class: ["btn", step.submissions_open ? "btn--warn" : "btn--primary"],
        testid: step.submissions_open ? "questions-close" : "questions-open",
        text: step.submissions_open ? t("questions_close") : t("questions_open"),
        on: { click: (e) => ctx.act(step.submissions_open ? "submissions.close" : "submissions.open", {}, e.currentTarget) } }),
      option(step, "moderated") || pending.length ? h("section", { class: "cquestions__queue", testid: "question-queue" },
        h("h3", { class: "panel-title", text: t("questions_queue", { count: pending.length }) }),
        pending.length ? h("ul", { class: "cq-list" }, pending.map((q) => queued(ctx, q)))
          : h("p", { class: "empty", text: t("questions_queue_none") })) : null,
      hidden.length ? h("details", { class: "cquestions__hidden" },
        h("summary", { text: t("questions_hidden_list", { count: hidden.length }) }),
        h("ul", { class: "cq-list" }, hidden.map((q) => queued(ctx, q)))) : null),
    h("section", { class: "cquestions__board" },
      h("h3", { class: "panel-title", text: t("questions_heading", { count: board.length }) }),
      board.length ? h("ol", { class: "cq-list", testid: "questions" }, board.map((q) => onBoard(ctx, q)))
        : h("p", { class: "empty", text: t("questions_none") })));
}

export function panel(ctx) {
  return ctx.plainPanel(() => draw(ctx));
}
