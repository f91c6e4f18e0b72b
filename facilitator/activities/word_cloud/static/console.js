// The word cloud on the console: the words with how many gave each (the facilitator sees them
// before the room does), each with a button to take it out of the cloud; the hidden ones can be
// put back.
import { t, h } from "/static/js/dom.js";
import { option } from "/static/js/declarations.js";
import { revealHint } from "/static/js/console_answers.js";
import { state, hiddenWords, cloudSvg } from "./cloudview.js";

export { state };
export const addStep = { order: 1 };
export const options = { hidden: { label: "cloud_field_hidden", testid: "cloud-hidden" } };

export function meta(step) {
  return option(step, "hidden") ? [t("cloud_hidden_short")] : [];
}

function draw(ctx) {
  const step = ctx.store.currentStep();
  const tally = ctx.store.tallyFor(step);
  const words = tally && tally.words ? tally.words : [];
  const hidden = hiddenWords(ctx.store, step);
  const toggle = (event, word) => (e) => ctx.act(event, { word }, e.currentTarget);
  return h("section", { class: "ccloud", testid: "cloud-panel" },
    h("div", { class: "ccloud__side" },
      h("p", { class: "tally__big", testid: "cloud-responses", data: { count: tally ? tally.responses : 0 },
        text: t("answered_of", { count: tally ? tally.responses : 0, participants: ctx.store.participants }) }),
      revealHint(step),
      h("h3", { class: "panel-title", text: t("cloud_words_heading", { count: words.length }) }),
      words.length ? h("ol", { class: "ccloud__words", testid: "cloud-words" }, words.map((w) => h("li", { testid: "cloud-word-row", data: { word: w.word, count: w.count } },
        h("span", { class: "ccloud__word", text: w.word }), h("span", { class: "ccloud__count", text: String(w.count) }),
        h("button", { type: "button", class: "btn btn--tiny btn--danger-quiet", text: t("cloud_hide"), testid: "cloud-hide",
          aria: { label: t("cloud_hide_label", { word: w.word }) }, on: { click: toggle("word_cloud.hide", w.word) } }))))
        : h("p", { class: "empty", text: t("cloud_empty") }),
      hidden.length ? h("section", { class: "ccloud__hidden", testid: "cloud-hidden-words" },
        h("h3", { class: "panel-title", text: t("cloud_hidden_heading", { count: hidden.length }) }),
        h("ul", {}, hidden.map((word) => h("li", {}, h("span", { text: word }),
          h("button", { type: "button", class: "btn btn--tiny", text: t("cloud_show"), testid: "cloud-show",
            aria: { label: t("cloud_show_label", { word }) }, on: { click: toggle("word_cloud.show", word) } }))))) : null),
    h("div", { class: "ccloud__picture" }, tally && tally.cloud && tally.cloud.length ? cloudSvg(tally) : null));
}

export function panel(ctx) {
  return ctx.plainPanel(() => draw(ctx));
}
