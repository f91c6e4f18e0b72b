// The dot vote on the projector: the targets and how many dots are spent; the top ten once revealed.
import { t, h } from "/static/js/dom.js";
import { tn } from "/static/js/plural.js";
import { paged } from "/static/js/screen_views.js";
import { voteOptions, resultsOrWithheld } from "./votes.js";

export function render(step, page) {
  const { store } = page;
  if (step.results_revealed) {
    return { content: h("div", { class: "results-panel" }, paged(resultsOrWithheld(store, step, { showZero: false, limit: 10 }))) };
  }
  const tally = store.tallyFor(step);
  const { dotsPerPerson } = voteOptions(step);
  const source = store.sourceOf(step);
  const spent = tally ? tally.dots_spent : null;
  const possible = Math.max(1, store.participants * dotsPerPerson);
  return { content: h("div", { class: "vote-panel" },
    h("div", { class: "vote-banner", testid: "vote-banner" },
      h("p", { class: "vote-banner__text", text: step.submissions_open ? tn("screen_vote_now", dotsPerPerson, { dots: dotsPerPerson }) : t("voting_closed") }),
      spent != null ? h("div", { class: "vote-banner__progress" },
        h("span", { class: "vote-banner__spent", text: t("dots_spent", { count: spent }), testid: "dots-spent" }),
        h("span", { class: "progress" }, h("span", { class: "progress__fill", style: { width: `${Math.min(100, Math.round(spent / possible * 100))}%` } }))) : null),
    source != null ? page.wall(source, { grouped: true, themes: true, unsortedLabel: t("single_ideas") }) : null) };
}
