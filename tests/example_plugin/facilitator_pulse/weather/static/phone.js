// The weather check-in on the phone: five big weather buttons and an optional word, sent with
// the package's own event `weather.choose`; the phone shows what it sent (and keeps it after a
// reload, from the snapshot's `me.weather`).
import { t, h, announce } from "/static/js/dom.js";
import { WEATHERS, weatherIcon } from "./icons.js";

const WORD_MAX = 24;
const draft = { stepId: null, weather: null, word: "", sending: false, error: "" };

function mine(page, step) {
  const saved = page.store.me && page.store.me.weather;
  return saved && saved.step_id === step.id ? saved : null;
}

async function send(page, step) {
  if (draft.weather == null || draft.sending) return;
  draft.sending = true;
  draft.error = "";
  page.render();
  const answer = await page.send("weather.choose", { weather: draft.weather, word: draft.word.trim() });
  draft.sending = false;
  if (answer.ok) {
    page.store.me = { ...page.store.me, weather: answer.weather };
    announce(t("weather_sent"));
  } else {
    draft.error = answer.message || "";
  }
  page.render();
}

function dock(step, page, saved) {
  const words = Boolean(step.options && step.options.words);
  const chosen = draft.weather ?? (saved ? saved.weather : null);
  const word = h("input", { class: "input weather-word", type: "text", maxLength: WORD_MAX, value: draft.word,
    testid: "weather-word", id: "weather-word", attrs: { autocomplete: "off", enterkeyhint: "send" } });
  word.addEventListener("input", () => { draft.word = word.value; });
  return h("form", { class: "weather-dock", testid: "weather-panel",
    on: { submit: (event) => { event.preventDefault(); send(page, step); } } },
  h("div", { class: "weather-choices", attrs: { role: "group" }, aria: { label: t("weather_question") } },
    WEATHERS.map((key, index) => h("button", {
      type: "button", class: ["weather-choice", chosen === index && "is-chosen"], testid: "weather-choice",
      data: { weather: key }, aria: { pressed: chosen === index ? "true" : "false", label: t(`weather_${key}`) },
      on: { click: () => { draft.weather = index; page.render(); } },
    }, weatherIcon(key, 40), h("span", { class: "weather-choice__label", text: t(`weather_${key}`) })))),
  words ? h("label", { class: "field", htmlFor: "weather-word" },
    h("span", { class: "field__label", text: t("weather_word_label") })) : null,
  words ? word : null,
  draft.error ? h("p", { class: "notice notice--warn", text: draft.error, attrs: { role: "alert" } }) : null,
  h("button", { type: "submit", class: "btn btn--primary btn--big", text: t("weather_send"), testid: "weather-send",
    disabled: chosen == null || draft.sending }));
}

export function render(step, page) {
  if (draft.stepId !== step.id) Object.assign(draft, { stepId: step.id, weather: null, word: "", error: "" });
  const saved = mine(page, step);
  const parts = [h("p", { class: "hint", text: t("weather_question") })];
  if (saved) {
    parts.push(h("p", { class: "notice weather-mine", testid: "weather-mine", data: { weather: WEATHERS[saved.weather] },
      attrs: { role: "status" } }, weatherIcon(WEATHERS[saved.weather], 32), " ",
    `${t(`weather_${WEATHERS[saved.weather]}`)}${saved.word ? ` · ${saved.word}` : ""}. ${t("weather_sent")}`));
  }
  if (!step.submissions_open) return { parts: [...parts, page.notice(t("answers_closed"), "closed", "warn")] };
  return { parts, dock: dock(step, page, saved) };
}
