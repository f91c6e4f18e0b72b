// The weather check-in on the projector: how many have answered; after the reveal the room's
// weather map, each weather with how many picked it, and the words.
import { t, h } from "/static/js/dom.js";
import { WEATHERS, weatherIcon } from "./icons.js";

function responses(tally) {
  const count = tally ? tally.responses : null;
  return h("p", { class: "weather-responses", testid: "weather-responses", data: { count: count ?? "" },
    text: t("weather_answers", { count: count ?? "–" }) });
}

export function render(step, page) {
  const tally = page.store.tallyFor(step);
  if (!step.results_revealed || !tally || !tally.counts) {
    return { content: h("div", { class: "weather-wall" }, responses(tally),
      h("p", { class: "weather-hint", text: t("weather_hidden") })), mode: "big" };
  }
  return { content: h("div", { class: "weather-wall", testid: "weather-map" },
    h("ul", { class: "weather-map" }, WEATHERS.map((key, index) => h("li", {
      class: "weather-map__item", testid: "weather-count", data: { weather: key, count: tally.counts[index] } },
    weatherIcon(key, 120),
    h("span", { class: "weather-map__count", text: String(tally.counts[index]) }),
    h("span", { class: "weather-map__label", text: t(`weather_${key}`) })))),
    tally.words.length ? h("p", { class: "weather-words", testid: "weather-words",
      text: tally.words.map((w) => (w.count > 1 ? `${w.word} (${w.count})` : w.word)).join(" · ") }) : null,
    responses(tally)) };
}
