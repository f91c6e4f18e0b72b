// A consent round on the console: the proposal and the answers of the round under way, agreed or
// not, the amended wording for the next round and the earlier rounds.
import { t, h, replace, setText } from "/static/js/dom.js";
import { histogram, noCounts, revealHint } from "/static/js/console_answers.js";
import { withheldNote } from "/static/js/views.js";
import { state, consentRounds, usesThumbs } from "./rounds.js";

export { state };
export const addStep = { order: 5 };
export const options = {
  thumbs: { label: "field_thumbs", testid: "thumbs" },
  seed_count: { label: "field_seed_consent", testid: "seed-count" },
};

/** The step's rounds: wording and outcome from the `consent` state, figures from the tally. */
function roundsWithFigures(store, step) {
  const tally = store.tallyFor(step);
  const figures = new Map(((tally && tally.rounds) || []).map((r) => [r.round, r]));
  const own = consentRounds(store, step);
  const base = own.length ? own : [...figures.values()];
  const latest = base.length ? base[base.length - 1].round : null;
  // A withheld tally (a small group, domain/privacy.py) counts only the latest round's answers.
  const withheld = tally && tally.withheld ? { responses: tally.responses } : {};
  return base.map((r) => ({ responses: 0, counts: [], blocks: 0, objections: [], ...figures.get(r.round),
    ...(r.round === latest ? withheld : {}), ...r }));
}

/** A proposal as the room will read it: one rule per line, numbered when there are several. */
function proposalText(text, testid) {
  const lines = String(text || "").split("\n").map((line) => line.trim()).filter(Boolean);
  if (lines.length < 2) return h("p", { class: "consent__text", text: lines[0] || "", testid });
  return h("ol", { class: "consent__text consent__text--list", testid }, lines.map((line) => h("li", { text: line })));
}

export function panel(ctx, step) {
  const stepId = step.id;
  const { store, act } = ctx;
  const el = h("section", { class: "consent", testid: "consent-panel" });
  const proposalBox = h("div", { class: "consent__proposal" });
  const results = h("div", { class: "consent__results" });
  const history = h("div", { class: "consent__history" });
  const amendInput = h("textarea", { class: "input", rows: 6, maxLength: 2000, testid: "consent-amend-input" });
  let filledFor = null;   // the round whose wording the amend field was filled with
  let dirty = false;      // the facilitator has typed in it since
  amendInput.addEventListener("input", () => { dirty = true; });
  const amendButton = h("button", { type: "submit", class: "btn", testid: "consent-amend" });
  const amendForm = h("form", { class: "stack stack--tight consent__amend", testid: "consent-amend-form" },
    h("label", { class: "field" }, h("span", { class: "field__label", text: t("consent_amend_label") }), amendInput),
    h("div", { class: "row" }, amendButton));
  amendForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    const proposal = amendInput.value.trim();
    if (!proposal) { amendInput.focus(); return; }
    const answer = await act("consent.amend", { proposal }, amendButton);
    if (answer.ok) { dirty = false; filledFor = null; }
  });
  // An outcome recorded on few answers (under 3, or under half the room) misleads the report:
  // the first press says how few, the second within a few seconds records it anyway.
  const warning = h("p", { class: "notice notice--warn consent__few", testid: "consent-few-answers", hidden: true, attrs: { role: "alert" } });
  let armed = null;
  const disarm = () => {
    clearTimeout(armed && armed.timer);
    armed = null;
    warning.hidden = true;
    for (const button of [agreed, notAgreed]) delete button.dataset.armed;
  };
  const decide = (outcome, e) => {
    const button = e.currentTarget;
    const current = roundsWithFigures(store, store.step(stepId)).pop();
    const answers = current ? current.responses : 0;
    if (armed && armed.outcome === outcome) {
      disarm();
      return act("consent.decide", { outcome }, button);
    }
    disarm();
    if (answers >= 3 && answers * 2 >= store.participants) return act("consent.decide", { outcome }, button);
    warning.textContent = t("consent_few_answers", { count: answers, participants: store.participants,
      outcome: t(outcome === "agreed" ? "console_agreed" : "console_not_agreed") });
    warning.hidden = false;
    button.dataset.armed = "1";
    armed = { outcome, timer: setTimeout(disarm, 8000) };
    return null;
  };
  const agreed = h("button", { type: "button", class: "btn btn--ok", text: t("console_agreed"), testid: "consent-agreed",
    on: { click: (e) => decide("agreed", e) } });
  const notAgreed = h("button", { type: "button", class: "btn", text: t("console_not_agreed"), testid: "consent-not-agreed",
    on: { click: (e) => decide("not_agreed", e) } });
  el.append(
    h("div", { class: "consent__main" }, proposalBox, results),
    h("div", { class: "consent__side" }, h("div", { class: "consent__decide row" }, agreed, notAgreed), warning, amendForm, history));

  const update = () => {
    const step = store.step(stepId);
    if (!step) return;
    const thumbs = usesThumbs(step);
    const rounds = roundsWithFigures(store, step);
    const current = rounds[rounds.length - 1] || null;
    el.dataset.round = current ? String(current.round) : "";
    el.dataset.outcome = (current && current.outcome) || "";
    if (!current) {
      replace(proposalBox, h("p", { class: "empty", text: t("consent_waiting") }));
      results.replaceChildren();
    } else {
      const outcome = current.outcome || "open";
      replace(proposalBox,
        h("div", { class: "consent__proposal-head" },
          h("h3", { class: "panel-title", text: t("console_proposal_round", { round: current.round }) }),
          h("span", { class: ["chip", `outcome--${outcome}`], text: t(`outcome_${outcome}`), testid: "consent-outcome", data: { outcome } })),
        proposalText(current.proposal, "consent-proposal"));
      const counts = current.counts.length ? current.counts : noCounts(step);
      const objections = current.objections || [];
      replace(results,
        h("p", { class: "tally__big", text: t("answered_of", { count: current.responses, participants: store.participants }),
          testid: "consent-responses", data: { count: current.responses } }),
        histogram(counts, step.answer.low, thumbs ? (v) => t(`thumb_${v}_short`) : null),
        h("p", { class: ["consent__blocks", current.blocks && "has-blocks"], text: t("consent_blocks", { count: current.blocks }),
          testid: "consent-blocks", data: { count: current.blocks } }),
        h("h4", { class: "panel-title", text: t("consent_objections", { count: objections.length }) }),
        objections.length ? h("ul", { class: "comments" }, objections.map((text) => h("li", { class: "comment", text, testid: "consent-objection" })))
          : h("p", { class: "empty", text: t("consent_no_objections") }),
        revealHint(step), withheldNote(store.tallyFor(step)));
      if (!dirty && filledFor !== current.round && document.activeElement !== amendInput) {
        amendInput.value = current.proposal;
        filledFor = current.round;
      }
    }
    amendForm.hidden = !current;
    setText(amendButton, t("consent_amend", { round: current ? current.round + 1 : 1 }));
    for (const [button, outcome] of [[agreed, "agreed"], [notAgreed, "not_agreed"]]) {
      button.disabled = !current;
      button.setAttribute("aria-pressed", String(Boolean(current && current.outcome === outcome)));
    }
    const earlier = rounds.slice(0, -1).reverse();
    replace(history, earlier.length ? [
      h("h4", { class: "panel-title", text: t("consent_history") }),
      h("ol", { class: "consent__rounds" }, earlier.map((r) => h("li", { class: "consent-round", testid: "consent-round", data: { round: r.round, outcome: r.outcome || "" } },
        h("details", {},
          h("summary", {},
            h("span", { text: t("consent_round_line", { round: r.round, responses: r.responses, blocks: r.blocks }) }), " ",
            h("span", { class: ["chip", `outcome--${r.outcome || "open"}`], text: t(`outcome_${r.outcome || "open"}`) })),
          proposalText(r.proposal),
          (r.objections || []).length ? h("ul", { class: "comments" }, r.objections.map((text) => h("li", { class: "comment", text }))) : null))))] : null);
  };
  return { el, update };
}
