// The word cloud on the phone: one to three words or short phrases, sent together from the
// dock; sending again replaces them. What was sent waits in an outbox until the server has it
// (one per step, the latest replacing the one before). Once the cloud is shown, the phone
// shows it too.
import { t, h, announce } from "/static/js/dom.js";
import { toast } from "/static/js/live.js";
import { createOutbox, notSentNote, announceQueued } from "/static/js/outbox.js";
import { state, cloudSvg } from "./cloudview.js";

export { state };

const ENTRY_MAX = 40;
const FIELDS = 3;
// What is being typed, and what the server has.
const draft = { stepId: null, words: ["", "", ""], saved: null, form: null, editing: false };
let box = null;

function outboxOf(page) {
  if (!box) {
    box = createOutbox(`facilitator.words.${page.code}`, {
      onSent(item, answer) {
        if (answer.word_cloud && answer.word_cloud.step_id === draft.stepId) {
          draft.saved = answer.word_cloud.words;
          draft.editing = false;
          announce(t("cloud_sent"));
        }
      },
      onRefused: (item, answer) => toast(answer.message || t("error_generic")),
      onChange: () => page.render(),
    });
  }
  return box;
}

function send(page, step) {
  const words = draft.words.map((w) => w.trim()).filter(Boolean);
  if (!words.length) return;
  outboxOf(page).put({ id: `words:${step.id}`, event: "word_cloud.submit", step_id: step.id, payload: { words, step_id: step.id } });
  if (!page.connected) announceQueued(true);
}

/** The form, made once per step and kept, so that a re-render never loses what is typed. */
function formFor(page, step) {
  if (draft.form && draft.form.stepId === step.id) return draft.form;
  const button = h("button", { type: "submit", class: "btn btn--primary btn--big", text: t("cloud_send"), testid: "cloud-send" });
  const fields = draft.words.map((value, index) => {
    const input = h("input", { class: "input cloud-field", type: "text", maxLength: ENTRY_MAX, value, id: `cloud-word-${index}`,
      testid: "cloud-word-input", attrs: { autocomplete: "off", enterkeyhint: index < FIELDS - 1 ? "next" : "send" },
      aria: { label: t("cloud_word_label", { number: index + 1 }) }, placeholder: index ? t("cloud_optional") : "" });
    input.addEventListener("input", () => { draft.words[index] = input.value; button.disabled = !draft.words.some((w) => w.trim()); });
    return input;
  });
  button.disabled = !draft.words.some((w) => w.trim());
  const form = h("form", { class: "cloud-dock", testid: "cloud-form" },
    h("p", { class: "field__label", text: t("cloud_words_label") }), fields, button);
  form.addEventListener("submit", (event) => { event.preventDefault(); send(page, page.store.currentStep()); });
  form.stepId = step.id;
  draft.form = form;
  return form;
}

export function render(step, page) {
  outboxOf(page);
  if (draft.stepId !== step.id) Object.assign(draft, { stepId: step.id, words: ["", "", ""], saved: null, form: null, editing: false });
  const tally = page.store.tallyFor(step);
  const waiting = outboxOf(page).get(`words:${step.id}`);
  const parts = [];
  if (draft.saved) {
    parts.push(h("p", { class: "notice cloud-mine", testid: "cloud-mine", attrs: { role: "status" },
      text: t("cloud_yours", { words: draft.saved.join(", ") }) }));
  }
  if (waiting) parts.push(notSentNote(outboxOf(page).sending(waiting.id), "cloud-not-sent"));
  if (step.results_revealed && tally && tally.cloud) {
    parts.push(h("section", { class: "results" }, h("h3", { class: "section-title", text: t("cloud_heading", { count: tally.responses }) }),
      tally.cloud.length ? cloudSvg(tally) : h("p", { class: "empty", text: t("cloud_empty") })));
  }
  if (!step.submissions_open) return { parts: [page.notice(t("answers_closed"), "closed", "warn"), ...parts] };
  // Sent: the dock folds into one button, so that the cloud has the room.
  const dock = draft.saved && !draft.editing && !waiting
    ? h("button", { type: "button", class: "btn btn--big btn--block", text: t("cloud_change"), testid: "cloud-change",
      on: { click: () => { draft.editing = true; page.render(); document.getElementById("cloud-word-0")?.focus(); } } })
    : formFor(page, step);
  return { parts: [h("p", { class: "hint", text: t("cloud_hint") }), ...parts], dock };
}

/** What this phone sent comes with the snapshot (me.word_cloud); a new step starts empty. */
export function onEvent(event, page) {
  outboxOf(page);
  if (event.kind !== "snapshot") return;
  const saved = page.store.me && page.store.me.word_cloud;
  const step = page.store.currentStep();
  if (!saved || !step || saved.step_id !== step.id) return;
  if (draft.stepId !== step.id) Object.assign(draft, { stepId: step.id, form: null });
  draft.saved = saved.words;
  if (saved.words && !draft.words.some((w) => w.trim())) {
    draft.words = [...saved.words, "", "", ""].slice(0, FIELDS);
    draft.form = null;
  }
}
