// The word cloud on the projector: the live cloud (drawn at its laid-out size, so that its
// smallest word is 32 px), or until it is revealed, how many have answered.
import { t, h } from "/static/js/dom.js";
import { countPanel } from "/static/js/screen_views.js";
import { state, cloudSvg } from "./cloudview.js";

export { state };

export function render(step, page) {
  const tally = page.store.tallyFor(step);
  if (!step.results_revealed || !tally || !tally.cloud) {
    return { content: countPanel(tally ? tally.responses : null, step.submissions_open ? t("cloud_screen_now") : t("answers_closed")),
      mode: "big" };
  }
  return { content: h("div", { class: "cloud-wall", testid: "cloud-wall", data: { responses: tally.responses } },
    tally.cloud.length ? cloudSvg(tally, { scale: 1 }) : h("p", { class: "wall__empty", text: t("cloud_screen_empty") }),
    h("p", { class: "cloud-wall__count", text: step.submissions_open ? `${t("cloud_screen_now")} · ${t("cloud_answers", { count: tally.responses })}`
      : t("cloud_answers", { count: tally.responses }) })) };
}
