// Feedback on the phone: stars and an optional comment, anonymous; the group's ratings and
// comments once revealed.
import { t, h } from "/static/js/dom.js";
import { toast } from "/static/js/live.js";
import { answerValues } from "/static/js/declarations.js";
import { quoteList } from "/static/js/views.js";
import { notSentNote } from "/static/js/outbox.js";
import { charCounter } from "/static/js/phone_ideas.js";

function feedbackDock(step, page) {
  const { answers } = page;
  const draft = answers.draft(step);
  const saved = answers.saved(step);
  const pending = answers.pending(step);
  const max = step.answer.text_limit;
  const field = h("textarea", { id: "feedback-comment", class: "answer-field", maxLength: max, rows: 2,
    value: draft.text, placeholder: t("feedback_comment_placeholder"), testid: "feedback-comment" });
  const button = h("button", { type: "submit", class: "btn btn--primary btn--big answer-send", testid: "feedback-send",
    text: saved || pending ? t("feedback_update") : t("feedback_send"), disabled: draft.value == null });
  const counter = charCounter(max, { length: draft.text.length });
  field.addEventListener("input", () => {
    draft.text = field.value;
    counter.update(field.value.length);
  });
  const stars = answerValues(step).map((value) => h("button", {
    type: "button", class: ["answer-option", "star", draft.value != null && value <= draft.value && "is-on", draft.value === value && "is-chosen"],
    testid: "feedback-star", data: { value },
    aria: { pressed: draft.value === value ? "true" : "false", label: t("feedback_star_label", { value }) },
    on: { click: () => answers.send(step, value, draft.text) }, // saved at the tap; the comment can follow
  }, h("span", { class: "star__glyph", text: "★", attrs: { "aria-hidden": "true" } }),
  h("span", { class: "star__number", text: String(value), attrs: { "aria-hidden": "true" } })));
  return h("form", { class: "answer-dock", testid: "feedback-panel",
    on: { submit: (event) => {
      event.preventDefault();
      if (draft.value == null) { toast(t("feedback_pick")); return; }
      answers.send(step, draft.value, draft.text);
    } } },
  h("div", { class: "stars", attrs: { role: "group" }, aria: { label: t("feedback_rating") } }, stars),
  h("label", { class: "field__label", htmlFor: "feedback-comment", text: t("feedback_comment_label") }),
  field,
  h("div", { class: "composer__row" },
    h("span", { class: "answer-dock__note", text: t("feedback_anonymous") }), counter.node),
  pending ? notSentNote(pending.sending) : null,
  button);
}

export function render(step, page) {
  const { answers } = page;
  const saved = answers.saved(step);
  const tally = page.store.tallyFor(step);
  const parts = [];
  if (!step.submissions_open && answers.pending(step)) parts.push(notSentNote(answers.pending(step).sending));
  if (saved) parts.push(h("section", { class: "thanks-card", testid: "feedback-thanks", attrs: { role: "status" } },
    h("p", { class: "thanks-card__stars", attrs: { "aria-hidden": "true" }, text: "★".repeat(saved.value) + "☆".repeat(step.answer.high - saved.value) }),
    h("p", { text: step.submissions_open ? t("feedback_thanks") : t("thanks_title") })));
  if (step.results_revealed && tally && (tally.counts || tally.withheld)) {
    parts.push(answers.results(step, tally));
    if (tally.texts && tally.texts.length) {
      parts.push(h("section", { class: "results" },
        h("h3", { class: "section-title", text: t("comments_heading", { count: tally.texts.length }) }),
        quoteList(tally.texts, { testid: "comments" })));
    }
  }
  if (!step.submissions_open) {
    if (!saved) parts.push(page.notice(t("answers_closed"), "closed", "warn"));
    return { parts };
  }
  if (!saved) parts.push(page.notice(t("feedback_anonymous"), "feedback-anonymous"));
  return { parts, dock: feedbackDock(step, page) };
}
