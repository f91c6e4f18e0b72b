// Answers on the phone (the types whose submissions are "answers"): the draft of the current
// step's answer, sending it, my saved answer and the group's distribution after the reveal. The
// values and the text limit a step takes come from the server's `step.answer`.
import { t, h, announce } from "./dom.js";
import { distributionChart, statsView } from "./views.js";

/** `page`: {store, render(), send()}; `roundOf(step)`: the round answers go to now (0: none yet). */
export function createAnswers(page, roundOf) {
  const { store } = page;
  let draft = { key: null, value: null, text: "", sending: null, focus: false, editing: false };

  /** My answer to `step` in its current round, as the server acknowledged it, or null. */
  function saved(step) {
    const answer = store.me && store.me.answer;
    if (!step || !answer || answer.step_id !== step.id) return null;
    const round = roundOf(step);
    if (round && answer.round !== round) return null;
    return answer;
  }

  /** The draft answer of the current step (and round), started from my saved answer. */
  function draftOf(step) {
    const key = `${step.id}:${roundOf(step)}`;
    if (draft.key !== key) {
      const mine = saved(step);
      draft = { key, value: mine ? mine.value : null, text: mine ? mine.text || "" : "", sending: null, focus: false, editing: false };
    }
    return draft;
  }

  async function send(step, value, text = "") {
    const current = draftOf(step);
    const key = current.key;
    current.value = value;
    current.sending = value;
    page.render();
    const payload = { value };
    if (step.answer && step.answer.text_limit) payload.text = text.trim();
    const answer = await page.send("answer.submit", payload);
    if (draft.key !== key) return; // the step or round moved on meanwhile
    draft.sending = null;
    if (answer.ok) {
      draft.editing = false;
      store.setMyAnswer(answer.answer);
      draft.text = (answer.answer && answer.answer.text) || draft.text;
      announce(t("answer_saved"));
    } else {
      const mine = saved(step);
      draft.value = mine ? mine.value : null;
      page.render();
    }
  }

  /** Columns of a tally, my answer marked, with median and average. */
  function results(step, tally) {
    const mine = saved(step);
    return h("section", { class: "results results--answers", testid: "answer-results", aria: { labelledby: "answer-results-heading" },
      attrs: { "aria-live": "polite" } },
    h("h3", { id: "answer-results-heading", class: "section-title", text: t("group_answers") }),
    distributionChart(tally.counts, tally.low, { mine: mine ? mine.value : null }),
    statsView(tally));
  }

  return { saved, draft: draftOf, send, results, get key() { return draft.key; } };
}
