// The consent round's share of the state (the `consent` snapshot key and change kind: the
// current consent step's rounds) and the pieces of it the phone and the projector show.
import { t, h } from "/static/js/dom.js";
import { option } from "/static/js/declarations.js";

const latest = (consent) => (consent && consent.rounds.length ? consent.rounds[consent.rounds.length - 1] : null);

export const state = {
  read: (snapshot) => ({ consent: snapshot.consent || null }),
  changes: {
    consent(slice, change, event) {
      const before = slice.consent;
      const old = before && before.step_id === change.step_id ? latest(before) : null;
      const consent = { step_id: change.step_id, rounds: change.rounds || [] };
      const now = latest(consent);
      event.newRound = Boolean(now) && (!old || old.round !== now.round);
      event.decided = Boolean(now && now.outcome) && (!old || old.outcome !== now.outcome);
      return { consent };
    },
  },
};

/** The consent rounds of `step`: [{round, proposal, outcome}] (oldest first). */
export function consentRounds(store, step) {
  const { consent } = store.part(state);
  return step && consent && consent.step_id === step.id ? consent.rounds : [];
}

/** The consent round under way (or the last one), or null. */
export function consentRound(store, step) {
  const rounds = consentRounds(store, step);
  return rounds.length ? rounds[rounds.length - 1] : null;
}

/** A consent step answers with thumbs (0–2) instead of fist to five (0–5). */
export function usesThumbs(step) {
  return Boolean(option(step, "thumbs"));
}

/** A low consent answer, for which the phone asks what would need to change. */
export function isLowConsent(step, value) {
  return usesThumbs(step) ? value === 0 : value <= 2;
}

/** The words for a consent answer ("I can live with it", "Thumbs up: I agree"). */
export function consentLabel(step, value) {
  return usesThumbs(step) ? t(`thumb_${value}`) : t(`fist_${value}`);
}

/** A thumb as a glyph; `value` 1 (sideways) is a thumb turned by CSS. */
export function thumbGlyph(value) {
  return h("span", { class: ["thumb", `thumb--${value}`], attrs: { "aria-hidden": "true" }, text: value === 0 ? "👎" : "👍" });
}

/** How a distribution chart of the step's answers labels its columns. */
export function chartOptions(step) {
  return usesThumbs(step) ? { order: [0, 1, 2], labels: (v) => t(`thumb_${v}_short`), glyph: thumbGlyph } : {};
}

/** The non-empty lines of a proposal, without the numbering or bullets someone typed. */
export function proposalLines(text) {
  return String(text || "").split("\n")
    .map((line) => line.replace(/^\s*(?:\d{1,2}[.)]|[-•*–])\s+/, "").trim())
    .filter(Boolean);
}

/** A proposal as a numbered list (a single line stays a paragraph). */
export function proposalView(text, { testid = "proposal", className = "proposal" } = {}) {
  const lines = proposalLines(text);
  if (lines.length <= 1) return h("p", { class: [className, `${className}--single`], text: lines[0] || "", testid });
  return h("ol", { class: className, testid }, lines.map((line) => h("li", { class: `${className}__line`, text: line })));
}
