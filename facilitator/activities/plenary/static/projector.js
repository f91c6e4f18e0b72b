// The plenary steps on the projector: the frame shows the title, the prompt and the timer; the
// opening adds the goals and the programme, a break when the room resumes, the closing the next
// meeting. A discussion is the prompt and the timer alone.
import { h } from "/static/js/dom.js";
import { programme, goals, resumes, nextMeeting } from "./plenary.js";

export function render(step, page) {
  const store = page.store;
  const parts = {
    opening: () => [goals(store), programme(store)],
    break: () => [resumes(step)],
    closing: () => [nextMeeting(store)],
  }[step.activity];
  return { mode: step.activity === "discussion" ? "small" : "big",
    content: h("div", { class: ["plenary", `plenary--${step.activity}`], testid: "plenary" }, parts ? parts() : null) };
}
