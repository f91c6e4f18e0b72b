// Answers on the phone (the types whose submissions are "answers"): the draft of the current
// step's answer, saving it on the phone and sending it, my saved answer and the group's
// distribution after the reveal. The values and the text limit a step takes come from the
// server's `step.answer`.
import { t, h } from "./dom.js";
import { toast } from "./live.js";
import { createOutbox, announceQueued } from "./outbox.js";
import { distributionChart, statsView, withheldNote } from "./views.js";

/** `page`: {code, store, render(), connected}; `roundOf(step)`: the round answers go to now
 * (0: none yet). An answer is saved on the phone at the tap (the outbox, one per step and round,
 * the latest value replacing the one before) and sent from there. */
export function createAnswers(page, roundOf) {
  const { store } = page;
  let draft = { key: null, value: null, text: "", focus: false, editing: false };
  const outbox = createOutbox(`facilitator.answers.${page.code}`, {
    onSent(item, answer, latest) {
      if (answer.answer) store.setMyAnswer(answer.answer);
      if (latest) announceQueued(false, t("answer_sent"));
    },
    onRefused(item, answer) {
      toast(answer.message || t("error_generic"));
      if (draft.key === item.id) {
        const mine = store.me && store.me.answer;
        draft.value = mine && `${mine.step_id}:${mine.round}` === item.id ? mine.value : null;
      }
    },
    onChange: () => page.render(),
  });

  const keyOf = (step) => `${step.id}:${roundOf(step)}`;

  /** My answer to `step` in its current round, as the server acknowledged it, or null. */
  function saved(step) {
    const answer = store.me && store.me.answer;
    if (!step || !answer || answer.step_id !== step.id) return null;
    const round = roundOf(step);
    if (round && answer.round !== round) return null;
    return answer;
  }

  /** My answer to `step` saved on the phone and not yet acknowledged: {value, text, sending} or null. */
  function pending(step) {
    const item = step && outbox.get(keyOf(step));
    return item ? { value: item.payload.value, text: item.payload.text || "", sending: outbox.sending(item.id) } : null;
  }

  /** The draft answer of the current step (and round), started from my latest answer. */
  function draftOf(step) {
    const key = keyOf(step);
    if (draft.key !== key) {
      const mine = pending(step) || saved(step);
      draft = { key, value: mine ? mine.value : null, text: mine ? mine.text || "" : "", focus: false, editing: false };
    }
    return draft;
  }

  /** Saves `value` (and `text`) as my answer to `step` and sends it (now, or when the connection returns). */
  function send(step, value, text = "") {
    const current = draftOf(step);
    current.value = value;
    current.editing = false;
    const payload = { value, step_id: step.id, round: roundOf(step) };
    if (step.answer && step.answer.text_limit) {
      current.text = text;
      payload.text = text.trim();
    }
    outbox.put({ id: current.key, event: "answer.submit", payload });
    if (!page.connected) announceQueued(true);
  }

  /** Columns of a tally, my answer marked, with median and average. */
  function results(step, tally) {
    if (tally.withheld) return withheldNote(tally);
    const mine = saved(step);
    return h("section", { class: "results results--answers", testid: "answer-results", aria: { labelledby: "answer-results-heading" },
      attrs: { "aria-live": "polite" } },
    h("h3", { id: "answer-results-heading", class: "section-title", text: t("group_answers") }),
    distributionChart(tally.counts, tally.low, { mine: mine ? mine.value : null }),
    statsView(tally));
  }

  return { saved, pending, draft: draftOf, send, results, get key() { return draft.key; } };
}
