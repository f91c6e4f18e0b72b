// A consent round on the phone: the proposal, fist to five (or thumbs) in the dock, and for a low
// answer what would need to change; the outcome and, once revealed, the group's answers.
import { t, h, announce } from "/static/js/dom.js";
import { tn } from "/static/js/plural.js";
import { answerValues } from "/static/js/declarations.js";
import { distributionChart, quoteList, withheldNote } from "/static/js/views.js";
import { charCounter } from "/static/js/phone_ideas.js";
import { notSentNote } from "/static/js/outbox.js";
import { state, consentRound, usesThumbs, isLowConsent, consentLabel, thumbGlyph, chartOptions, proposalView } from "./rounds.js";

export { state };

/** Answers go to the round under way (0: no round yet). */
export function answerRound(step, store) {
  const round = consentRound(store, step);
  return round ? round.round : 0;
}

function answerOpen(store, step) {
  const round = consentRound(store, step);
  return Boolean(step.submissions_open && round && !round.outcome);
}

function objectionForm(step, page, draft, chosen, given) {
  const max = step.answer.text_limit;
  const field = h("textarea", { id: "objection", class: "answer-field", maxLength: max, rows: 3,
    value: draft.text, placeholder: t("objection_placeholder"), testid: "consent-objection" });
  const counter = charCounter(max, { length: draft.text.length });
  field.addEventListener("input", () => {
    draft.text = field.value;
    counter.update(field.value.length);
  });
  if (draft.focus) {
    draft.focus = false;
    requestAnimationFrame(() => field.focus());
  }
  return h("form", { class: "objection", testid: "consent-objection-form",
    on: { submit: (event) => { event.preventDefault(); page.answers.send(step, chosen, draft.text); } } },
  h("label", { class: "field__label", htmlFor: "objection", text: t("objection_label") }),
  field,
  h("div", { class: "composer__row" },
    h("span", { class: "answer-dock__note", text: t("objection_anonymous") }), counter.node),
  h("button", { type: "submit", class: "btn btn--primary btn--big answer-send", testid: "consent-send",
    text: given && given.value === chosen ? t("consent_update") : t("consent_send") }));
}

function consentDock(step, page) {
  const { answers } = page;
  const draft = answers.draft(step);
  const saved = answers.saved(step);
  const pending = answers.pending(step);
  const given = pending || saved; // my latest answer: on its way, or acknowledged
  const thumbs = usesThumbs(step);
  const chosen = draft.value;
  const low = chosen != null && isLowConsent(step, chosen);
  // Saved at the tap; for a low answer what would need to change can follow and update it.
  const choose = (value) => {
    const lowValue = isLowConsent(step, value);
    if (!lowValue) draft.text = "";
    answers.send(step, value, draft.text);
    draft.editing = lowValue;
    draft.focus = lowValue;
    page.render();
  };
  const options = answerValues(step).map((value) => h("button", {
    type: "button", class: ["answer-option", "consent-option", thumbs && "consent-option--thumb", chosen === value && "is-chosen",
      isLowConsent(step, value) && "consent-option--low"],
    testid: "consent-option", data: { value },
    aria: { pressed: chosen === value ? "true" : "false",
      label: thumbs ? consentLabel(step, value) : tn("fingers_label", value, { value, label: consentLabel(step, value) }) },
    on: { click: () => choose(value) },
  },
  thumbs ? thumbGlyph(value) : h("span", { class: "consent-option__number", text: String(value) }),
  thumbs ? h("span", { class: "consent-option__label", text: t(`thumb_${value}_short`) }) : null));
  let status;
  if (pending) status = consentLabel(step, pending.value);
  else if (saved && saved.value === chosen) status = t("consent_sent", { label: consentLabel(step, saved.value) });
  else if (chosen != null) status = consentLabel(step, chosen);
  else status = t("consent_question");
  let objection = null;
  if (low && given && given.value === chosen && !draft.editing) {
    // Given: the objection folds away into one line, to be opened again with Edit.
    objection = h("div", { class: "objection objection--sent", testid: "consent-objection-sent" },
      given.text ? h("p", { class: "quote", text: given.text }) : null,
      h("button", { type: "button", class: "btn btn--small", text: t("edit"), testid: "consent-objection-edit",
        on: { click: () => { draft.editing = true; draft.focus = true; page.render(); } } }));
  } else if (low) {
    objection = objectionForm(step, page, draft, chosen, given);
  }
  return h("div", { class: "answer-dock", testid: "consent-panel" },
    objection,
    h("p", { class: "answer-dock__status", testid: "answer-status", data: { value: saved ? saved.value : "" } }, status),
    pending ? notSentNote(pending.sending) : null,
    h("div", { class: ["consent-options", thumbs && "consent-options--thumbs"], attrs: { role: "group" }, aria: { label: t("consent_question") } }, options),
    thumbs ? null : h("p", { class: "scale-ends", attrs: { "aria-hidden": "true" } },
      h("span", { text: `0 = ${t("fist_0")}` }), h("span", { text: `5 = ${t("fist_5")}` })));
}

function resultsView(step, page, round) {
  const tally = page.store.tallyFor(step);
  if (tally && tally.withheld) return withheldNote(tally);
  const result = tally && (tally.rounds || []).find((r) => r.round === round.round);
  if (!result) return page.notice(t("results_coming"), "results-coming");
  const saved = page.answers.saved(step);
  return h("section", { class: "results results--answers", testid: "consent-results", attrs: { "aria-live": "polite" } },
    h("h3", { class: "section-title", text: t("group_answers") }),
    distributionChart(result.counts, 0, { mine: saved ? saved.value : null, ...chartOptions(step) }),
    h("p", { class: "consent-blocks", testid: "consent-blocks", data: { count: result.blocks }, text: t("consent_blocks", { count: result.blocks }) }),
    h("h4", { class: "section-title", text: t("objections_heading", { count: result.objections.length }) }),
    quoteList(result.objections, { testid: "objections", empty: t("objections_none") }));
}

export function render(step, page) {
  const round = consentRound(page.store, step);
  if (!round) return { parts: [page.notice(t("consent_no_proposal"), "consent-waiting")] };
  const parts = [h("section", { class: "proposal-card", testid: "consent-proposal-card", data: { round: round.round } },
    h("div", { class: "proposal-card__meta" },
      h("span", { class: "chip", text: t("consent_round", { round: round.round }), testid: "consent-round" }),
      h("span", { class: "section-title proposal-card__label", text: t("consent_proposal") })),
    proposalView(round.proposal, { testid: "consent-proposal" }))];
  if (round.outcome === "agreed" || round.outcome === "not_agreed") {
    parts.push(h("p", { class: ["notice", "outcome", `outcome--${round.outcome}`], testid: "consent-outcome",
      data: { outcome: round.outcome }, attrs: { role: "status" },
      text: round.outcome === "agreed" ? t("consent_agreed") : t("consent_not_agreed") }));
  } else if (round.round > 1 && !page.answers.saved(step) && !page.answers.pending(step)) {
    parts.push(page.notice(t("consent_amended"), "consent-amended"));
  }
  if (step.results_revealed) parts.push(resultsView(step, page, round));
  if (!answerOpen(page.store, step)) {
    if (!round.outcome) parts.push(page.notice(t("answers_closed"), "closed", "warn"));
    return { parts };
  }
  return { parts, dock: consentDock(step, page) };
}

export function onEvent(event, page) {
  const current = page.store.currentStep();
  if (event.kind !== "consent" || !current || event.change.step_id !== current.id) return;
  const round = consentRound(page.store, current);
  if (event.newRound && round && round.round > 1) announce(t("consent_amended"), true);
  else if (event.decided && round) announce(round.outcome === "agreed" ? t("consent_agreed") : t("consent_not_agreed"), true);
}
