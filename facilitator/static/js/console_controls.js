// The console's current step: its heading with the state chips, and the controls (previous and
// next, submissions, the reveal, the timer). What the submissions and the reveal buttons say
// comes from the step's declaration: what opening submissions lets the phones send, what the
// reveal shows.
import { t, h, replace, setText } from "./dom.js";
import { activityLabel, progressText } from "./views.js";
import { submissionsKind, revealKind } from "./declarations.js";

export const SUBMISSION_TEXTS = {
  ideas: { open: "submissions_open", closed: "submissions_closed_short", doOpen: "open_submissions", doClose: "close_submissions" },
  votes: { open: "voting_open", closed: "voting_closed_short", doOpen: "open_voting", doClose: "close_voting" },
  answers: { open: "console_answers_open", closed: "console_answers_closed", doOpen: "open_answers", doClose: "close_answers" },
};
export const REVEAL_TEXTS = {
  results: { shown: "results_shown", hidden: "results_hidden", doShow: "reveal_results", doHide: "hide_results", testShow: "reveal-results", testHide: "hide-results" },
  ideas: { shown: "ideas_revealed", hidden: "ideas_private", doShow: "reveal_ideas", doHide: "hide_ideas", testShow: "reveal-ideas", testHide: "hide-ideas" },
};

/** What the next button says: start the day, the next step, finish the day, or it is over. */
export function nextText(store) {
  const phase = store.phase;
  const step = store.currentStep();
  const last = step && store.stepIndex(step.id) === store.steps.length - 1;
  return phase === "waiting" ? t("start_day") : phase === "ended" ? t("day_ended") : last ? t("finish_day") : t("next_step");
}

/** The timer's seconds from typed minutes (1 s to 2 h), or null if they are not a time. */
export function timerSeconds(value) {
  const minutes = Number(value);
  if (!Number.isFinite(minutes) || minutes <= 0) return null;
  return Math.min(7200, Math.max(1, Math.round(minutes * 60)));
}

/** Whether the previous and next buttons can act now. */
export function moves(store) {
  const step = store.currentStep();
  const phase = store.phase;
  return { previous: !(phase === "waiting" || (step && store.stepIndex(step.id) === 0)),
           next: !(phase === "ended" || !store.steps.length) };
}

/** The event that flips the current step's submissions or its reveal; null without a step. */
export function flipEvent(store, what) {
  const step = store.currentStep();
  if (!step) return null;
  if (what === "submissions") return step.submissions_open ? "submissions.close" : "submissions.open";
  return step.results_revealed ? "results.hide" : "results.reveal";
}

export function createControls(ctx, ui) {
  const { store, view, act } = ctx;

  function renderHead() {
    const step = store.currentStep();
    const phase = store.phase;
    if (phase !== "running") {
      const ended = phase === "ended";
      replace(ui.head,
        h("p", { class: "current__eyebrow", text: t(ended ? "ended" : "not_started") }),
        h("h2", { id: "current-title", class: "current__title", text: t(ended ? "ended_title" : "not_started_title") }),
        h("p", { class: "current__prompt", text: t(ended ? "ended_text" : "not_started_text") }));
      return;
    }
    const chips = [h("span", { class: "chip", text: activityLabel(step.activity) }),
      h("span", { class: "current__progress", text: progressText(store), testid: "step-progress" })];
    const takes = SUBMISSION_TEXTS[submissionsKind(step)];
    if (takes) {
      chips.push(h("span", { class: ["chip", step.submissions_open ? "chip--ok" : "chip--muted"], testid: "submissions-state",
        data: { open: step.submissions_open ? "1" : "0" }, text: t(step.submissions_open ? takes.open : takes.closed) }));
    }
    const reveals = REVEAL_TEXTS[revealKind(step)];
    if (reveals) {
      chips.push(h("span", { class: ["chip", step.results_revealed ? "chip--ok" : "chip--muted"], testid: "results-state",
        text: t(step.results_revealed ? reveals.shown : reveals.hidden) }));
    }
    replace(ui.head,
      h("div", { class: "current__chips" }, chips),
      h("h2", { id: "current-title", class: "current__title", text: step.title, testid: "current-step-title" }),
      step.prompt ? h("p", { class: "current__prompt", text: step.prompt }) : null);
  }

  function renderControls() {
    const step = store.currentStep();
    const phase = store.phase;
    const can = moves(store);
    ui.prev.disabled = !can.previous;
    ui.next.disabled = !can.next;
    setText(ui.next, nextText(store));
    ui.next.dataset.testid = "next-step";

    const takes = step ? SUBMISSION_TEXTS[submissionsKind(step)] : null;
    ui.submissions.hidden = !takes;
    if (takes) {
      const open = step.submissions_open;
      ui.submissions.dataset.testid = open ? "close-submissions" : "open-submissions";
      setText(ui.submissions, t(open ? takes.doClose : takes.doOpen));
      ui.submissions.classList.toggle("btn--warn", !open);
    }
    const reveals = step ? REVEAL_TEXTS[revealKind(step)] : null;
    ui.results.hidden = !reveals;
    if (reveals) {
      ui.results.dataset.testid = step.results_revealed ? reveals.testHide : reveals.testShow;
      setText(ui.results, t(step.results_revealed ? reveals.doHide : reveals.doShow));
      ui.results.classList.toggle("btn--primary", !step.results_revealed);
    }

    // The timer's minutes follow the current step's time box, unless being typed in.
    const stepId = step ? step.id : null;
    if (view.timerStepId !== stepId && document.activeElement !== ui.timerMinutes) {
      view.timerStepId = stepId;
      if (step && step.time_box_minutes) ui.timerMinutes.value = String(step.time_box_minutes);
    }
    ui.timerStart.disabled = phase !== "running";
  }

  ui.next.addEventListener("click", () => act("step.next", {}, ui.next));
  ui.prev.addEventListener("click", () => act("step.previous", {}, ui.prev));
  for (const [what, button] of [["submissions", ui.submissions], ["reveal", ui.results]]) {
    button.addEventListener("click", () => { const event = flipEvent(store, what); if (event) act(event, {}, button); });
  }
  ui.timerForm.addEventListener("submit", (event) => {
    event.preventDefault();
    const seconds = timerSeconds(ui.timerMinutes.value);
    if (seconds == null) { ui.timerMinutes.focus(); return; }
    act("timer.start", { seconds }, ui.timerStart);
  });
  ui.timerStop.addEventListener("click", () => act("timer.stop", {}, ui.timerStop));

  return { render() { renderHead(); renderControls(); } };
}
