// The day's clock on the console: when it starts (editable, checked on the server) and ends, how
// far ahead or behind the clock plan it runs, and, when it runs late, the server's proposal of one
// concrete change (domain/replan.py) with the new end time, to accept or ignore.
import { t, h, replace } from "./dom.js";
import { toast } from "./live.js";
import { atClock, clockText } from "./clock.js";
import { duration, dayTimes } from "./console_time.js";
// Below this many minutes off the plan the day is on schedule (domain/replan.py THRESHOLD).
const THRESHOLD_MINUTES = 5;

export function createDayClock(ctx, host) {
  const { store, act } = ctx;
  let editing = false;
  let proposal = null;       // {behind, end, proposals} from the server
  let asked = null;          // what the last question was asked for: revision and minutes behind
  const ignored = new Set(); // "kind:step:to" of proposals the facilitator ignored

  const keyOf = (p) => `${p.kind}:${p.step_id}:${p.to}`;

  async function ask(behind) {
    const key = `${store.rev}:${Math.round(behind)}`;
    if (asked === key) return;
    asked = key;
    const answer = await ctx.send("day.proposals", {});
    if (answer.ok) { proposal = answer; render(true); }
  }

  function startForm() {
    const input = h("input", { class: "input input--time", value: clockText(store.workshop.start_minutes ?? 510),
      testid: "day-start-input", inputMode: "decimal", aria: { label: t("day_start_label") } });
    const form = h("form", { class: "row day-time__form", testid: "day-start-form" },
      h("label", { class: "field__label", text: t("day_start_label") }), input,
      h("button", { type: "submit", class: "btn btn--small btn--primary", text: t("save"), testid: "day-start-save" }),
      h("button", { type: "button", class: "btn btn--small", text: t("cancel"), on: { click: () => { editing = false; render(true); } } }),
      h("span", { class: "field__help", text: t("day_start_help") }));
    form.addEventListener("keydown", (event) => { if (event.key === "Escape") { editing = false; render(true); } });
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const answer = await act("workshop.start_time", { start_time: input.value.trim() });
      if (answer.ok) { editing = false; render(true); }
    });
    setTimeout(() => input.focus(), 0);
    return form;
  }

  function proposalCard() {
    const shown = proposal && proposal.proposals.find((p) => !ignored.has(keyOf(p)));
    if (!shown) return null;
    const text = shown.kind === "shorten" ? t("proposal_shorten", { title: shown.title, from: shown.from, to: shown.to })
      : shown.means ? t("proposal_drop_means", { means: shown.means, title: shown.title, minutes: shown.from })
        : t("proposal_drop", { title: shown.title, minutes: shown.from });
    const accept = h("button", { type: "button", class: "btn btn--small btn--primary", text: t("proposal_accept"), testid: "proposal-accept",
      on: { click: async (e) => {
        const answer = await act("day.replan", { kind: shown.kind, step_id: shown.step_id, minutes: shown.to }, e.currentTarget);
        if (answer.ok) { proposal = null; asked = null; toast(t("proposal_done"), "ok"); render(true); }
      } } });
    return h("section", { class: "proposal", testid: "proposal", data: { kind: shown.kind, stepId: shown.step_id, end: shown.end },
      attrs: { role: "status" } },
    h("p", { class: "proposal__title", text: t("proposal_heading") }),
    h("p", { class: "proposal__text", text, testid: "proposal-text" }),
    h("p", { class: "proposal__end", text: t("proposal_end", { time: atClock(shown.end) }), testid: "proposal-end" }),
    h("div", { class: "row" }, accept,
      h("button", { type: "button", class: "btn btn--small btn--quiet", text: t("proposal_ignore"), testid: "proposal-ignore",
        on: { click: () => { ignored.add(keyOf(shown)); render(true); } } })));
  }

  let drawnKey = null;

  /** `own`: a redraw this module asks for; the ten-second recount leaves an open form alone. */
  function render(own = false) {
    if (editing && !own && host.contains(document.activeElement)) return; // typing the start time
    const { start, end, planned, behind } = dayTimes(store);
    const running = store.phase === "running";
    host.dataset.planned = String(planned);
    host.dataset.start = String(start);
    host.dataset.end = String(end);
    host.dataset.behind = String(Math.round(behind));
    const late = running && behind >= THRESHOLD_MINUTES;
    const early = running && behind <= -THRESHOLD_MINUTES;
    if (late) ask(behind); else proposal = null;
    // Redrawn only when something shown changed: a redraw replaces the buttons, and a keyboard
    // user's focus on one of them would be lost at every change of the room.
    const shownKey = JSON.stringify([editing, start, end, planned, Math.round(behind), running, late, early]);
    if (!own && shownKey === drawnKey) return;
    drawnKey = shownKey;
    replace(host,
      editing ? startForm() : h("button", { type: "button", class: "day-time__span", testid: "day-span",
        title: t("day_start_edit"), // named by its own text (WCAG 2.5.3); the title says what it does
        text: t("day_span", { start: atClock(start), end: clockText(end), duration: duration(planned) }),
        on: { click: () => { editing = true; render(true); } } }),
      running ? h("span", { class: ["day-time__cue", late && "is-over"], testid: late ? "day-behind" : early ? "day-ahead" : "day-on-track",
        text: late ? t("day_behind", { duration: duration(behind) }) : early ? t("day_ahead", { duration: duration(-behind) }) : t("day_on_track") }) : null,
      running && Math.abs(behind) >= 1 ? h("span", { class: "day-time__end", testid: "day-end",
        text: t("day_ends", { time: atClock(end + behind) }) }) : null,
      late ? proposalCard() : null);
  }

  return { render: () => render() };
}
