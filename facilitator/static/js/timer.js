// The step timer, counted down on the server's clock (Store.clockOffset from `server_time`).

/** Milliseconds left, or null when no timer runs. Never below zero. */
export function remaining(store) {
  const timer = store.timer;
  if (!timer || !timer.running || timer.ends_at == null) return null;
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
 * Calls `onTick({running, ms, text, up, justEnded})` four times a second.
 * `justEnded` is true on the first tick after the countdown reached zero.
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
    onTick({ running, ms: ms ?? 0, text: running ? formatClock(ms) : "", up, justEnded });
  };
  tick();
  const handle = setInterval(tick, 250);
  return { tick, stop: () => clearInterval(handle) };
}
