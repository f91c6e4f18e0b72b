// The facilitator's console on a phone (360 px), for walking between the tables: next and
// previous, submissions and the reveal, the timer, the projector's pause screen, the room lock
// and how many have joined. It speaks as the facilitator (the same cookie, the same events, each
// checked on the server as the console's are) and draws no step: the projector and phones do.
import { boot, t, h, byId, replace, setText, batched, announce } from "./dom.js";
import { Store } from "./state.js";
import { connect, fatalNotice } from "./live.js";
import { startTicker } from "./timer.js";
import { progressText } from "./views.js";
import { submissionsKind, revealKind } from "./declarations.js";
import { SUBMISSION_TEXTS, REVEAL_TEXTS, nextText, timerSeconds, moves, flipEvent } from "./console_controls.js";

const config = boot();
const store = new Store("facilitator");
const ui = Object.fromEntries(["progress", "count", "title", "states", "prev", "next", "submissions", "reveal",
  "timer", "minutes", "timer-start", "timer-stop", "clock", "blank", "lock"].map((id) => [id, byId(`remote-${id}`)]));

/** Sends an event with its button disabled until the answer (the server's refusals toast). */
async function act(event, payload, button) {
  button.disabled = true;
  const answer = await live.send(event, payload);
  button.disabled = false;
  render();
  return answer;
}

const chip = (on, text) => h("span", { class: ["chip", on ? "chip--ok" : "chip--muted"], text });

let shownStep;

const render = batched(() => {
  if (!store.ready) return;
  const step = store.currentStep();
  const phase = store.phase;
  setText(ui.count, String(store.participants));
  setText(ui.progress, step ? progressText(store) : t(phase === "ended" ? "ended" : "not_started"));
  setText(ui.title, step ? step.title : t(phase === "ended" ? "ended_title" : "not_started_title"));
  const can = moves(store);
  ui.prev.disabled = !can.previous;
  ui.next.disabled = !can.next;
  setText(ui.next, nextText(store));

  const takes = step ? SUBMISSION_TEXTS[submissionsKind(step)] : null;
  const reveals = step ? REVEAL_TEXTS[revealKind(step)] : null;
  ui.submissions.hidden = !takes;
  ui.reveal.hidden = !reveals;
  if (takes) setText(ui.submissions, t(step.submissions_open ? takes.doClose : takes.doOpen));
  if (reveals) setText(ui.reveal, t(step.results_revealed ? reveals.doHide : reveals.doShow));
  replace(ui.states,
    takes ? chip(step.submissions_open, t(step.submissions_open ? takes.open : takes.closed)) : null,
    reveals ? chip(step.results_revealed, t(step.results_revealed ? reveals.shown : reveals.hidden)) : null);

  const workshop = store.workshop;
  ui.blank.disabled = false;
  ui.blank.setAttribute("aria-pressed", String(Boolean(workshop.blanked)));
  ui.blank.classList.toggle("btn--warn", Boolean(workshop.blanked));
  setText(ui.blank, t(workshop.blanked ? "unblank_screen" : "blank_screen"));
  ui.lock.disabled = false;
  ui.lock.setAttribute("aria-pressed", String(Boolean(workshop.locked)));
  ui.lock.classList.toggle("btn--warn", Boolean(workshop.locked));
  setText(ui.lock, t(workshop.locked ? "unlock_room" : "lock_room"));
  ui["timer-start"].disabled = phase !== "running";

  const id = step ? step.id : null;
  if (id !== shownStep) {
    if (shownStep !== undefined) announce(step ? `${progressText(store)}: ${step.title}` : t("console_ended"));
    shownStep = id;
    if (step && step.time_box_minutes && document.activeElement !== ui.minutes) ui.minutes.value = String(step.time_box_minutes);
  }
  document.body.dataset.rev = String(store.rev); // the revision drawn (the tests wait on it)
});

ui.next.addEventListener("click", () => act("step.next", {}, ui.next));
ui.prev.addEventListener("click", () => act("step.previous", {}, ui.prev));
for (const what of ["submissions", "reveal"]) {
  ui[what].addEventListener("click", () => { const event = flipEvent(store, what); if (event) act(event, {}, ui[what]); });
}
ui.timer.addEventListener("submit", (event) => {
  event.preventDefault();
  const seconds = timerSeconds(ui.minutes.value);
  if (seconds == null) { ui.minutes.focus(); return; }
  act("timer.start", { seconds }, ui["timer-start"]);
});
ui["timer-stop"].addEventListener("click", () => act("timer.stop", {}, ui["timer-stop"]));
ui.blank.addEventListener("click", () => act("screen.blank", { blank: !store.workshop.blanked }, ui.blank));
ui.lock.addEventListener("click", () => act(store.workshop.locked ? "room.unlock" : "room.lock", {}, ui.lock));

startTicker(store, ({ running, text, up, justEnded }) => {
  ui["timer-stop"].hidden = !running;
  ui.clock.hidden = !running;
  ui.clock.classList.toggle("is-up", up);
  setText(ui.clock, up ? t("times_up") : text);
  setText(ui["timer-start"], running ? t("restart_timer") : t("start_timer"));
  if (justEnded) announce(t("times_up"), true);
});

store.subscribe(render);

const live = connect({
  code: config.code,
  role: "facilitator",
  store,
  badgeHost: byId("conn"),
  onFatal: (error) => fatalNotice(document.querySelector("main"), error, null),
});
