// Clock times of the day's plan (domain/clock.py): minutes after midnight as the room writes
// them, "9.30" in Finnish and "9:30" in English; t("at_clock") adds "klo".
import { t } from "./dom.js";

export function clockText(minutes) {
  const total = ((Math.round(minutes) % 1440) + 1440) % 1440;
  const separator = document.documentElement.lang === "fi" ? "." : ":";
  return `${Math.floor(total / 60)}${separator}${String(total % 60).padStart(2, "0")}`;
}

/** "klo 9.30" / "at 9:30". */
export function atClock(minutes) {
  return t("at_clock", { time: clockText(minutes) });
}

/** When a started step ends by its time box, in the plan's minutes: its planned start moved by
 * how late (or early) it started, plus the box. `now` and `started_at` in seconds. */
export function endsAt(step) {
  const late = step.started_at != null ? (step.started_at - step.clock.start_at) / 60 : 0;
  return step.clock.start + late + (step.time_box_minutes || 0);
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A date as the room writes it (domain/dates.py): 12.3.2027 in Finnish, 12 Mar 2027 in English.
 * `iso` is yyyy-mm-dd. */
export function dateText(iso) {
  const [year, month, day] = iso.split("-").map(Number);
  if (document.documentElement.lang === "fi") return `${day}.${month}.${year}`;
  return `${day} ${MONTHS[month - 1]} ${year}`;
}
