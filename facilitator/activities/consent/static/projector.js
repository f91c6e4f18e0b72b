// A consent round on the projector: the proposal beside how many have answered (or, revealed, the
// answers and objections); once agreed, the wording as a poster.
import { t, h, announce } from "/static/js/dom.js";
import { distributionChart, quoteList, withheldNote } from "/static/js/views.js";
import { countPanel, paged } from "/static/js/screen_views.js";
import { state, consentRound, usesThumbs, chartOptions, proposalLines, proposalView } from "./rounds.js";

export { state };

function consentPanel(store, step, round) {
  const tally = store.tallyFor(step);
  const result = tally && tally.rounds ? tally.rounds.find((r) => r.round === round.round) : null;
  const proposal = h("section", { class: "consent__proposal", testid: "consent-proposal-card", data: { round: round.round } },
    h("p", { class: "consent__meta" },
      h("span", { class: "tag tag--light", text: t("consent_round", { round: round.round }), testid: "consent-round" }),
      h("span", { text: t("consent_proposal") })),
    proposalView(round.proposal, { testid: "consent-proposal", className: "screen-proposal" }));
  let side;
  if (step.results_revealed && result) {
    side = h("section", { class: "consent__results", testid: "consent-results" },
      distributionChart(result.counts, 0, chartOptions(step)),
      h("p", { class: "consent__blocks", testid: "consent-blocks", data: { count: result.blocks }, text: t("consent_blocks", { count: result.blocks }) }),
      h("h2", { class: "comments__title", text: t("objections_heading", { count: result.objections.length }) }),
      paged(quoteList(result.objections, { testid: "objections", empty: t("objections_none") })));
  } else {
    const instruction = round.outcome || !step.submissions_open ? t("answers_closed")
      : usesThumbs(step) ? t("screen_thumbs_now") : t("screen_consent_now");
    side = countPanel(tally ? tally.responses : null, instruction);
    if (step.results_revealed && tally && tally.withheld) side = h("div", {}, side, withheldNote(tally));
  }
  return h("div", { class: "consent" },
    round.outcome === "not_agreed" ? h("p", { class: "outcome-banner", testid: "consent-outcome", data: { outcome: round.outcome }, text: t("consent_not_agreed") }) : null,
    h("div", { class: "consent__body" }, proposal, side));
}

/** The agreed wording as a numbered poster, big enough for the back of the room. */
function poster(store, step, round) {
  const lines = proposalLines(round.proposal);
  const title = step.method_id === "ground_rules" || step.method_id == null ? t("poster_ground_rules") : t("poster_agreed");
  return h("section", { class: "poster", testid: "consent-poster", data: { round: round.round, lines: lines.length } },
    h("h1", { class: "poster__title", text: title, testid: "poster-title" }),
    lines.length > 1
      ? h("ol", { class: "poster__rules" }, lines.map((line, i) => h("li", { class: "poster__rule", testid: "poster-rule" },
        h("span", { class: "poster__number", text: String(i + 1), attrs: { "aria-hidden": "true" } }),
        h("span", { class: "poster__text", text: line }))))
      : h("p", { class: "poster__single", text: lines[0] || "", testid: "poster-rule" }),
    h("p", { class: "poster__foot" }, h("span", { class: "poster__check", text: "✓", attrs: { "aria-hidden": "true" } }),
      h("span", { text: store.workshop.title }), store.workshop.date ? h("span", { text: ` · ${store.workshop.date_text || store.workshop.date}` }) : null));
}

export function render(step, page) {
  const round = consentRound(page.store, step);
  if (!round) return { content: h("p", { class: "wall__empty", text: t("consent_no_proposal") }) };
  if (round.outcome === "agreed") return { view: "poster", content: poster(page.store, step, round) };
  return { content: consentPanel(page.store, step, round) };
}

export function onEvent(event, page) {
  if (event.kind !== "consent" || !event.decided) return;
  const round = consentRound(page.store, page.store.currentStep());
  if (round) announce(round.outcome === "agreed" ? t("consent_agreed") : t("consent_not_agreed"));
}
