// The plenary steps on the console: what the room sees, and for the closing the next meeting's
// date, suggested 3–6 weeks after this day (a series meets that often), saved on the server.
import { t, h, replace, setText } from "/static/js/dom.js";
import { toast } from "/static/js/live.js";
import { dateText } from "/static/js/clock.js";
import { resumes } from "./plenary.js";

export const addStep = { order: 9 };

const iso = (date) => date.toISOString().slice(0, 10);

/** This day plus `weeks` weeks, as yyyy-mm-dd (the day is the workshop's date, or today). */
export function weeksAfter(workshop, weeks) {
  const base = workshop.date ? new Date(`${workshop.date}T12:00:00Z`) : new Date();
  return iso(new Date(base.getTime() + weeks * 7 * 86400000));
}

function nextMeetingPanel(ctx) {
  const { store, act } = ctx;
  // A text field in the room's own form (12.3.2027), not the browser's date picker, which writes
  // dates as the laptop's locale does (3/12/2027 on an English one); the server reads d.m.yyyy.
  const input = h("input", { class: "input plenary-panel__date", type: "text", testid: "next-meeting-input",
    attrs: { inputmode: "numeric", autocomplete: "off", placeholder: dateText(weeksAfter(store.workshop, 4)) },
    value: dateText(store.workshop.next_meeting || weeksAfter(store.workshop, 4)) });
  const saved = h("p", { class: "plenary__next", testid: "next-meeting-saved" });
  const save = h("button", { type: "submit", class: "btn btn--primary btn--small", text: t("plenary_next_meeting_save"), testid: "next-meeting-save" });
  const form = h("form", { class: "stack stack--tight", testid: "next-meeting-form" },
    h("label", { class: "field" }, h("span", { class: "field__label", text: t("plenary_next_meeting_label") }), input),
    h("p", { class: "field__help", text: t("plenary_next_meeting_hint",
      { from: dateText(weeksAfter(store.workshop, 3)), to: dateText(weeksAfter(store.workshop, 6)) }) }),
    h("div", { class: "row" }, save));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const answer = await act("workshop.next_meeting", { next_meeting: input.value || null }, save);
    if (answer.ok) toast(t("plenary_next_meeting_saved"), "ok");
  });
  return { form, saved, update() {
    const date = store.workshop.next_meeting;
    setText(saved, date ? t("plenary_next_meeting", { date: dateText(date) }) : t("plenary_next_meeting_none"));
  } };
}

export function panel(ctx, step) {
  const el = h("div", { class: "workspace__plain plenary-panel", testid: "plenary-panel" });
  const own = step.activity === "closing" ? nextMeetingPanel(ctx) : null;
  const shown = h("div");
  replace(el, shown, own ? own.saved : null, own ? own.form : null);
  return { el, update() {
    const current = ctx.store.step(step.id) || step;
    replace(shown, current.activity === "break" ? resumes(current)
      : own ? null : h("p", { class: "notice", text: t("plenary_together") }));
    if (own) own.update();
  } };
}
