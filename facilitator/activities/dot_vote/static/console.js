// The dot vote on the console: the live tally, the budget options.
import { t, h } from "/static/js/dom.js";
import { tn } from "/static/js/plural.js";
import { revealHint } from "/static/js/console_answers.js";
import { voteOptions, results, resultsOrWithheld } from "./votes.js";

export const addStep = { order: 3 };
export const options = {
  dots_per_person: { label: "field_dots", testid: "dots" },
  max_dots_per_item: { label: "field_max_per_item", testid: "max-per-item" },
};

export function meta(step) {
  const { dotsPerPerson, maxPerItem } = voteOptions(step);
  return [tn("vote_options_short", dotsPerPerson, { dots: dotsPerPerson, max: maxPerItem })];
}

function tally(store, step) {
  const current = store.tallyFor(step);
  const { dotsPerPerson } = voteOptions(step);
  const spent = current ? current.dots_spent : 0;
  const voters = current ? current.voters : 0;
  const possible = Math.max(1, store.participants * dotsPerPerson);
  const rows = results(store, step);
  return h("section", { class: "tally", testid: "tally", data: { dotsSpent: spent, voters } },
    h("div", { class: "tally__summary" },
      h("p", { class: "tally__big", text: t("dots_spent", { count: spent }), testid: "dots-spent" }),
      h("p", { class: "tally__small", text: t("voters_of", { voters, participants: store.participants }) }),
      h("div", { class: "progress", aria: { hidden: "true" } },
        h("div", { class: "progress__fill", style: { width: `${Math.min(100, Math.round((spent / possible) * 100))}%` } })),
      revealHint(step)),
    rows.length ? resultsOrWithheld(store, step) : h("p", { class: "empty", text: t("vote_nothing_facilitator") }));
}

export function panel(ctx) {
  return ctx.plainPanel(() => tally(ctx.store, ctx.store.currentStep()));
}
