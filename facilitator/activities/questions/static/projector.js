// Questions with upvotes on the projector: the highlighted question big, then the board, most
// upvotes first (the answered ones after, greyed), as many as fit from the back row.
import { t, h } from "/static/js/dom.js";
import { state, boardOf, highlighted, votesBadge } from "./board.js";

export { state };

const SHOWN = 7;

function item(question) {
  return h("li", { class: ["question", question.answered && "question--answered"], testid: "question",
    data: { questionId: question.id, votes: question.votes, answered: question.answered ? "1" : "0" } },
  votesBadge(question.votes),
  h("p", { class: "question__text", text: question.text }),
  question.answered ? h("span", { class: "question__answered", text: t("questions_answered") }) : null);
}

export function render(step, page) {
  const board = boardOf(page.store, step);
  const now = highlighted(page.store, step);
  const rest = board.filter((q) => q !== now);
  return { content: h("div", { class: "questions-wall", testid: "questions-wall", data: { count: board.length } },
    now ? h("section", { class: "question-now", testid: "question-highlighted", data: { questionId: now.id } },
      h("p", { class: "question-now__label", text: t("questions_now") }),
      h("p", { class: "question-now__text", text: now.text }),
      votesBadge(now.votes)) : null,
    board.length ? h("ol", { class: "questions", testid: "questions" }, rest.slice(0, now ? SHOWN - 3 : SHOWN).map(item))
      : h("p", { class: "wall__empty", text: t("questions_none_screen") }),
    step.submissions_open ? h("p", { class: "questions-wall__hint", text: t("questions_screen_now") }) : null), mode: "big" };
}
