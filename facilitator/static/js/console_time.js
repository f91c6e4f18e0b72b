// Planned and actual time on the console: the steps' time boxes against `started_at`/`ended_at`
// (seconds since the epoch, on the server's clock: Store.now() corrects ours).
import { t } from "./dom.js";

/** "45 min", "1 h", "2 h 10 min". */
export function duration(minutes) {
  const total = Math.max(0, Math.round(minutes));
  if (total < 60) return t("minutes_short", { count: total });
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  return rest ? t("hours_minutes", { hours, minutes: rest }) : t("hours_only", { hours });
}

export function plannedMinutes(steps) {
  return steps.reduce((sum, step) => sum + (step.time_box_minutes || 0), 0);
}

/** Minutes a step took (done), or has taken so far (the current one); null if never started. */
export function actualMinutes(step, store) {
  if (step.started_at == null) return null;
  if (step.state === "active") return Math.max(0, store.now() / 1000 - step.started_at) / 60;
  if (step.ended_at != null && step.ended_at >= step.started_at) return (step.ended_at - step.started_at) / 60;
  return null;
}

/** True when a step has taken clearly longer than its time box (a minute of grace). */
export function isOver(step, actual) {
  return actual != null && step.time_box_minutes != null && actual > step.time_box_minutes + 1;
}

/** One step's time line: "10 min planned · 3 min so far". */
export function stepTimeText(step, store) {
  const planned = step.time_box_minutes ? t("step_planned", { duration: duration(step.time_box_minutes) }) : t("step_no_time_box");
  const actual = actualMinutes(step, store);
  if (actual == null) return planned;
  const key = step.state === "active" ? "step_so_far" : "step_took";
  return `${planned} · ${t(key, { duration: duration(actual) })}`;
}

/**
 * The day against its plan: {planned, elapsed, over} in minutes. `elapsed` is null before the
 * start; `over` is how much later than planned the day will end if the rest goes by the plan.
 */
export function dayTimes(store) {
  const steps = store.steps;
  const planned = plannedMinutes(steps);
  const starts = steps.map((s) => s.started_at).filter((v) => v != null);
  if (!store.started || !starts.length) return { planned, elapsed: null, over: null };
  const first = Math.min(...starts);
  let end = store.now() / 1000;
  if (store.phase === "ended") {
    const ends = steps.map((s) => s.ended_at).filter((v) => v != null);
    if (ends.length) end = Math.max(...ends);
  }
  const elapsed = Math.max(0, end - first) / 60;
  let remaining = 0;
  for (const step of steps) {
    if (step.state === "pending") remaining += step.time_box_minutes || 0;
    else if (step.state === "active") remaining += Math.max(0, (step.time_box_minutes || 0) - (actualMinutes(step, store) || 0));
  }
  return { planned, elapsed, over: elapsed + remaining - planned };
}
