// The scale on the phone: tap a number; after the reveal the group's distribution and the
// question of one step up.
import { t, h } from "/static/js/dom.js";
import { answerValues } from "/static/js/declarations.js";
import { notSentNote } from "/static/js/outbox.js";

function scaleDock(step, answers) {
  const saved = answers.saved(step);
  const pending = answers.pending(step);
  const chosen = pending ? pending.value : saved ? saved.value : null;
  return h("div", { class: "answer-dock", testid: "scale-panel" },
    h("p", { class: "answer-dock__status", testid: "answer-status", data: { value: saved ? saved.value : "" } },
      chosen != null ? t("scale_your_answer", { value: chosen }) : t("scale_choose"),
      !pending && saved ? h("span", { class: "answer-dock__state answer-dock__state--ok", text: t("answer_saved") }) : null),
    pending ? notSentNote(pending.sending) : null,
    h("div", { class: "scale-options", attrs: { role: "group" }, aria: { label: t("scale_choose") } },
      answerValues(step).map((value) => h("button", {
        type: "button", class: ["answer-option", "scale-option", chosen === value && "is-chosen", pending && pending.value === value && "is-sending"],
        text: String(value), testid: "scale-option", data: { value },
        aria: { pressed: chosen === value ? "true" : "false", label: t("answer_label", { value }) },
        on: { click: () => answers.send(step, value) },
      }))));
}

export function render(step, page) {
  const { answers } = page;
  const tally = page.store.tallyFor(step);
  const saved = answers.saved(step);
  if (step.results_revealed) {
    // While answering is open, a phone that has not answered still may: the reveal does not
    // take its buttons away.
    const pending = answers.pending(step);
    return { parts: [
      saved ? h("p", { class: "my-answer", testid: "my-answer", data: { value: saved.value }, text: t("scale_your_answer", { value: saved.value }) }) : null,
      tally && (tally.counts || tally.withheld) ? answers.results(step, tally) : page.notice(t("results_coming"), "results-coming"),
      h("section", { class: "step-up", testid: "step-up" },
        h("h3", { class: "step-up__question", text: t("scale_step_up") }),
        h("p", { class: "step-up__hint", text: t("scale_step_up_hint") }))],
    dock: step.submissions_open && (!saved || pending) ? scaleDock(step, answers) : null };
  }
  if (!step.submissions_open) {
    const pending = answers.pending(step);
    return { parts: [page.notice(saved ? t("scale_your_answer", { value: saved.value }) : t("no_answer_given"), "my-answer"),
      pending ? notSentNote(pending.sending) : null,
      page.notice(t("answers_closed"), "closed", "warn")] };
  }
  return { parts: [h("p", { class: "hint", text: t("scale_hint") })], dock: scaleDock(step, answers) };
}
