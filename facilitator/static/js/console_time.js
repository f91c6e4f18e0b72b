// The day in clock time on the console: each step's planned clock times come from the server's
// plan (step.clock, domain/clock.py); how far ahead or behind the day runs is counted here, live,
// the way domain/clock.py's `behind` counts it: when the day will end if the rest goes by the
// plan, minus when the plan ends. A break that takes its planned minutes is on time, not overrun.
// Times are seconds since the epoch on the server's clock (Store.now() corrects ours).
import { t } from "./dom.js";
import { clockText } from "./clock.js";

/** "45 min", "1 h", "2 h 10 min". */
export function duration(minutes) {
  const total = Math.max(0, Math.round(minutes));
  if (total < 60) return t("minutes_short", { count: total });
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  return rest ? t("hours_minutes", { hours, minutes: rest }) : t("hours_only", { hours });
}

const planned = (step) => step.time_box_minutes || 0;

export function plannedMinutes(steps) {
  return steps.reduce((sum, step) => sum + planned(step), 0);
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

/** One step's time line: "klo 9.30–9.45 · 3 min so far". */
export function stepTimeText(step, store) {
  const clock = step.clock ? t("at_clock", { time: `${clockText(step.clock.start)}–${clockText(step.clock.end)}` }) : null;
  const planned = step.time_box_minutes ? duration(step.time_box_minutes) : t("step_no_time_box");
  const actual = actualMinutes(step, store);
  const parts = [clock, planned];
  if (actual != null) parts.push(t(step.state === "active" ? "step_so_far" : "step_took", { duration: duration(actual) }));
  return parts.filter(Boolean).join(" · ");
}

/** When the day will end (seconds) if what is left goes by the plan (domain/clock.py). */
function projectedEnd(steps, startAt, now) {
  const current = steps.find((s) => s.state === "active");
  if (!current) {
    const ended = steps.map((s) => s.ended_at).filter((v) => v != null);
    if (ended.length) return Math.max(...ended);
    return Math.max(now, startAt) + plannedMinutes(steps) * 60;
  }
  const end = Math.max(now, (current.started_at ?? now) + planned(current) * 60);
  return end + plannedMinutes(steps.filter((s) => s.position > current.position && s.state === "pending")) * 60;
}

/**
 * The day against its clock plan: {start, end, planned, behind} — start and end in minutes after
 * midnight, planned in minutes, behind in minutes (negative: ahead).
 */
export function dayTimes(store) {
  const steps = store.steps;
  const total = plannedMinutes(steps);
  const start = store.workshop.start_minutes ?? 510;
  if (!steps.length || !steps[0].clock) return { start, end: start + total, planned: total, behind: 0 };
  const startAt = steps[0].clock.start_at;
  const behind = (projectedEnd(steps, startAt, store.now() / 1000) - (startAt + total * 60)) / 60;
  return { start, end: start + total, planned: total, behind };
}
