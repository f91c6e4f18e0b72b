// The step timer, counted down on the server's clock (Store.clockOffset from `server_time`).

/** How long "Time's up!" is shown big before only the timer says it. */
export const BANNER_MS = 6000;

/** Whether the timer ran out before the current step began (or with no step): then its end is
 * old news, and a new step does not open with "Time's up!". */
function endedEarlier(store, timer) {
  const step = store.currentStep();
  if (timer.ends_at > store.now()) return false;
  return !step || (step.started_at != null && timer.ends_at < step.started_at * 1000);
}

/** Milliseconds left, or null when no timer runs (or it ran out in an earlier step). Never
 * below zero. */
export function remaining(store) {
  const timer = store.timer;
  if (!timer || !timer.running || timer.ends_at == null || endedEarlier(store, timer)) return null;
  return Math.max(0, timer.ends_at - store.now());
}

/** "m:ss" (or "h:mm:ss"), rounding up so the display shows 0:00 only at the very end. */
export function formatClock(ms) {
  const total = Math.ceil(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const ss = String(seconds).padStart(2, "0");
  return hours ? `${hours}:${String(minutes).padStart(2, "0")}:${ss}` : `${minutes}:${ss}`;
}

/**
 * Calls `onTick({running, ms, text, up, justEnded, banner})` four times a second.
 * `justEnded` is true on the first tick after the countdown reached zero; `banner` for the
 * first BANNER_MS after it.
 */
export function startTicker(store, onTick) {
  let lastEndsAt = null;
  let wasUp = false;
  const tick = () => {
    const ms = remaining(store);
    const running = ms !== null;
    const up = running && ms <= 0;
    const endsAt = running ? store.timer.ends_at : null;
    // A new timer, or a timer already over when we first saw it, is not "just ended".
    if (endsAt !== lastEndsAt) {
      wasUp = up;
      lastEndsAt = endsAt;
    }
    const justEnded = up && !wasUp;
    wasUp = up;
    const banner = up && store.now() - store.timer.ends_at < BANNER_MS;
    onTick({ running, ms: ms ?? 0, text: running ? formatClock(ms) : "", up, justEnded, banner });
  };
  tick();
  const handle = setInterval(tick, 250);
  return { tick, stop: () => clearInterval(handle) };
}
