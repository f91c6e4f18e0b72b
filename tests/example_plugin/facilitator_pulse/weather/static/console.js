// The weather check-in on the console: the answers as they come (the facilitator sees them
// before the room does), and the option a facilitator sets.
import { t, h, replace } from "/static/js/dom.js";
import { WEATHERS, weatherIcon } from "./icons.js";

export const options = { words: { label: "weather_option_words", testid: "words" } };
export const addStep = { order: 3 };

export function meta(step) {
  return step.options && step.options.words ? [t("weather_option_words")] : [];
}

export function panel(ctx, step) {
  const el = h("section", { class: "weather-panel", testid: "weather-panel" });
  const update = () => {
    const tally = ctx.store.tallyFor(ctx.store.step(step.id));
    const counts = tally && tally.counts ? tally.counts : WEATHERS.map(() => 0);
    replace(el,
      h("p", { class: "tally__big", testid: "weather-responses", data: { count: tally ? tally.responses : 0 },
        text: t("weather_answers", { count: tally ? tally.responses : 0 }) }),
      h("ul", { class: "weather-map weather-map--console" }, WEATHERS.map((key, index) => h("li", {
        class: "weather-map__item", data: { weather: key } }, weatherIcon(key, 40),
      h("span", { class: "weather-map__count", text: String(counts[index]) }),
      h("span", { class: "weather-map__label", text: t(`weather_${key}`) })))),
      tally && tally.words && tally.words.length ? h("p", { class: "weather-words", text: tally.words.map((w) => w.word).join(" · ") }) : null);
  };
  update();
  return { el, update };
}
