// Ranking on the projector: how many have ranked while the room ranks (never the order before
// the reveal), then the result: points, and how often each option got each place.
import { t, h } from "/static/js/dom.js";
import { countPanel } from "/static/js/screen_views.js";
import { state, optionsOf, resultOf, resultList } from "./options.js";

export { state };

export function render(step, page) {
  const tally = page.store.tallyFor(step);
  if (step.results_revealed && tally && tally.ranking) {
    return { content: h("div", { class: "ranking-wall", testid: "ranking-wall" },
      h("p", { class: "ranking-wall__legend", text: t("ranking_legend", { count: tally.responses }) }),
      resultList(resultOf(page.store, step), { limit: 8 })) };
  }
  const options = optionsOf(page.store, step);
  return { content: h("div", { class: "ranking-wall ranking-wall--open" },
    h("ul", { class: "ranking-options", testid: "ranking-options" }, options.map((o) => h("li", { text: o.text }))),
    countPanel(tally ? tally.responses : null, step.submissions_open ? t("ranking_screen_now") : t("ranking_screen_wait"))),
  mode: "big" };
}
