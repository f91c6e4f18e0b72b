// What the plenary steps show on the projector and the phones, beyond the frame's title, prompt
// and timer: the opening's goals and programme, when the room resumes after a break, the next
// meeting at the closing.
import { t, h } from "/static/js/dom.js";
import { atClock, clockText, dateText, endsAt } from "/static/js/clock.js";

/** The day's programme: each method's block (or a lone step) with its clock time. */
export function programme(store) {
  const rows = [];
  let block = null;
  for (const step of store.steps) {
    if (step.block != null && step.block === block) continue;
    block = step.block;
    const text = step.content && step.content[store.workshop.language];
    const name = step.block != null && text && text.method ? text.method : step.title;
    rows.push(h("li", { class: "programme__item", testid: "programme-item" },
      h("span", { class: "programme__time", text: clockText(step.clock.start) }),
      h("span", { class: "programme__name", text: name })));
  }
  return h("section", { class: "programme", testid: "programme" },
    h("h2", { class: "programme__title", text: t("plenary_programme") }),
    h("ol", { class: "programme__list" }, rows));
}

export function goals(store) {
  const list = store.goals();
  if (!list.length) return null;
  return h("section", { class: "programme" },
    h("h2", { class: "programme__title", text: t("plenary_goals") }),
    h("ul", { class: "programme__list" }, list.map((goal) => h("li", { class: "programme__item", text: goal }))));
}

/** "We continue at 10.15": the break's end by its time box, from when it started. */
export function resumes(step, key = "plenary_resumes") {
  return h("p", { class: "plenary__resumes", testid: "break-resumes", text: t(key, { time: clockText(endsAt(step)) }) });
}

export function nextMeeting(store) {
  const date = store.workshop.next_meeting;
  return h("p", { class: "plenary__next", testid: "next-meeting",
    text: date ? t("plenary_next_meeting", { date: dateText(date) }) : t("plenary_thanks") });
}

export { atClock };
