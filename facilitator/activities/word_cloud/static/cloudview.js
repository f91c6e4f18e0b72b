// The word cloud as every surface draws it: the layout comes ready in the step's result
// (cloud.py on the server, the same the report prints), so the projector and the report show
// the same picture. Each word is held to its laid-out width (textLength), so none overlaps.
// The facilitator's list of hidden words is the type's own share of the state.
import { t } from "/static/js/dom.js";

const NS = "http://www.w3.org/2000/svg";
export const COLOURS = ["#1c3f99", "#8a2c0d", "#0f5c3a", "#5b2a86", "#0d0f12", "#7a4a00"];

export const state = {
  read: (snapshot) => ({ hidden: snapshot.word_cloud_hidden || null }),
  changes: {
    "word_cloud.hidden": (slice, change) => ({ hidden: { step_id: change.step_id, words: change.words || [] } }),
  },
};

/** The words the facilitator took out of `step`'s cloud. */
export function hiddenWords(store, step) {
  const { hidden } = store.part(state);
  return hidden && step && hidden.step_id === step.id ? hidden.words : [];
}

/** The cloud of a result as an SVG; `scale` 1 draws it at its laid-out pixel size (the
 * projector: 32 px is then 32 px), otherwise it fits the width it is given. */
export function cloudSvg(tally, { scale = null, testid = "word-cloud" } = {}) {
  const { width, height } = tally.area;
  const svg = document.createElementNS(NS, "svg");
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", `${t("cloud_label")}: ${tally.words.map((w) => `${w.word} (${w.count})`).join(", ")}`);
  svg.setAttribute("class", "cloud");
  svg.dataset.testid = testid;
  svg.dataset.words = String(tally.cloud.length);
  if (scale) {
    svg.setAttribute("width", String(width * scale));
    svg.setAttribute("height", String(height * scale));
  }
  for (const word of tally.cloud) {
    const text = document.createElementNS(NS, "text");
    for (const [name, value] of Object.entries({ x: word.x, y: word.y, "font-size": word.size, "text-anchor": "middle",
      textLength: word.width, lengthAdjust: "spacingAndGlyphs", fill: COLOURS[word.colour] })) text.setAttribute(name, String(value));
    text.setAttribute("class", "cloud__word");
    text.dataset.testid = "cloud-word";
    text.dataset.word = word.word;
    text.dataset.count = String(word.count);
    text.textContent = word.word;
    svg.appendChild(text);
  }
  return svg;
}
