// The time's-up chime: a soft three-note bell made with Web Audio (no sound file to fetch). It is
// off until the facilitator switches it on in the console, and the choice is remembered on this
// computer. Browsers let a page make sound only after a click or key press on it, so the audio
// starts with the switch, or with the first press after a reload.
const KEY = "facilitator.chime";
const NOTES = [659.25, 830.61, 987.77]; // E5, G#5, B5: an E major chord, rung one note after another

export function createChime() {
  let context = null;
  const enabled = () => localStorage.getItem(KEY) === "on";

  function wake() {
    if (!enabled()) return;
    const Audio = window.AudioContext || window.webkitAudioContext;
    if (!Audio) return;
    if (!context) context = new Audio();
    if (context.state === "suspended") context.resume().catch(() => {});
  }
  window.addEventListener("pointerdown", wake, { capture: true });
  window.addEventListener("keydown", wake, { capture: true });

  function play() {
    if (!enabled()) return false;
    wake();
    if (!context) return false;
    const start = context.currentTime + 0.05;
    NOTES.forEach((frequency, i) => {
      const at = start + i * 0.28;
      const tone = context.createOscillator();
      const gain = context.createGain();
      tone.type = "sine";
      tone.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.35, at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 1.6);
      tone.connect(gain).connect(context.destination);
      tone.start(at);
      tone.stop(at + 1.7);
    });
    return true;
  }

  function setEnabled(on) {
    localStorage.setItem(KEY, on ? "on" : "off");
    wake();
  }

  return { enabled, setEnabled, play };
}
