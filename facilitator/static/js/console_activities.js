// The current step's panel on the console for the development-day activities: live answers
// (scale, feedback), consent rounds, pairs and the action plan. Each panel is built once per step
// and then updated in place, so what the facilitator is typing is never redrawn away.
import { boot, t, h, replace, setText, newClientId, isEditingInside, confirmButton } from "./dom.js";

const STATUSES = ["not_started", "in_progress", "done", "dropped"];

/** A panel for `step`, or null when its activity has none: {el, update()}. */
export function activityPanel(ctx, step) {
  const make = { scale: answersPanel, feedback: answersPanel, consent: consentPanel, pairing: pairsPanel,
    action_plan: actionsPanel, review: actionsPanel }[step.activity];
  if (!make) return null;
  const panel = make(ctx, step.id);
  panel.el.addEventListener("focusout", () => setTimeout(ctx.render, 0));
  panel.update();
  return panel;
}

function number(value) {
  if (value == null) return "–";
  return Number(value).toLocaleString(boot().language || undefined, { maximumFractionDigits: 1 });
}

/** Columns for each value from `low` up: how many answered it. */
function histogram(counts, low, labelFor) {
  const max = Math.max(1, ...counts);
  return h("ol", { class: "histogram", testid: "distribution" }, counts.map((count, i) => {
    const value = low + i;
    return h("li", { class: "histogram__col", testid: "distribution-value", data: { value, count } },
      h("span", { class: "histogram__count", text: String(count) }),
      h("span", { class: "histogram__track", aria: { hidden: "true" } },
        h("span", { class: ["histogram__bar", !count && "is-zero"], style: { height: `${Math.round((count / max) * 100)}%` } })),
      h("span", { class: "histogram__label", text: labelFor ? labelFor(value) : String(value) }));
  }));
}

function revealHint(step) {
  return h("p", { class: "tally__hint", text: step.results_revealed ? t("results_on_screen") : t("results_private") });
}

// ---- scale and feedback ------------------------------------------------------------------------

function answersPanel(ctx, stepId) {
  const { store } = ctx;
  const el = h("section", { class: "answers", testid: "answers-panel" });
  const update = () => {
    const step = store.step(stepId);
    if (!step) return;
    const tally = store.tallyFor(step);
    const low = tally ? tally.low : step.activity === "feedback" ? 1 : 0;
    const counts = tally ? tally.counts : Array.from({ length: step.activity === "feedback" ? 5 : 11 }, () => 0);
    const responses = tally ? tally.responses : 0;
    const texts = (tally && tally.texts) || [];
    replace(el,
      h("div", { class: "answers__summary" },
        h("p", { class: "tally__big", text: t("answered_of", { count: responses, participants: store.participants }),
          testid: "answers-count", data: { count: responses } }),
        h("p", { class: "answers__figures" },
          h("span", { text: t("median_value", { value: number(tally && tally.median) }), testid: "answers-median" }),
          h("span", { text: t("average_value", { value: number(tally && tally.average) }), testid: "answers-average" })),
        revealHint(step)),
      h("div", { class: "answers__chart" }, histogram(counts, low)),
      step.activity === "feedback" ? h("section", { class: "answers__comments" },
        h("h3", { class: "panel-title", text: t("comments_heading", { count: texts.length }) }),
        texts.length ? h("ul", { class: "comments" }, texts.map((text) => h("li", { class: "comment", text, testid: "comment" })))
          : h("p", { class: "empty", text: t("no_answers") })) : null);
  };
  return { el, update };
}

// ---- consent -------------------------------------------------------------------------------------

/** The step's rounds: wording and outcome from the `consent` state, figures from the tally. */
function consentRounds(store, step) {
  const tally = store.tallyFor(step);
  const figures = new Map(((tally && tally.rounds) || []).map((r) => [r.round, r]));
  const own = store.consent && store.consent.step_id === step.id ? store.consent.rounds : [];
  const base = own.length ? own : [...figures.values()];
  return base.map((r) => ({ responses: 0, counts: [], blocks: 0, objections: [], ...figures.get(r.round), ...r }));
}

/** A proposal as the room will read it: one rule per line, numbered when there are several. */
function proposalText(text, testid) {
  const lines = String(text || "").split("\n").map((line) => line.trim()).filter(Boolean);
  if (lines.length < 2) return h("p", { class: "consent__text", text: lines[0] || "", testid });
  return h("ol", { class: "consent__text consent__text--list", testid }, lines.map((line) => h("li", { text: line })));
}

function consentPanel(ctx, stepId) {
  const { store, act } = ctx;
  const el = h("section", { class: "consent", testid: "consent-panel" });
  const proposalBox = h("div", { class: "consent__proposal" });
  const results = h("div", { class: "consent__results" });
  const history = h("div", { class: "consent__history" });
  const amendInput = h("textarea", { class: "input", rows: 6, maxLength: 2000, testid: "consent-amend-input" });
  let filledFor = null;   // the round whose wording the amend field was filled with
  let dirty = false;      // the facilitator has typed in it since
  amendInput.addEventListener("input", () => { dirty = true; });
  const amendButton = h("button", { type: "submit", class: "btn", testid: "consent-amend" });
  const amendForm = h("form", { class: "stack stack--tight consent__amend", testid: "consent-amend-form" },
    h("label", { class: "field" }, h("span", { class: "field__label", text: t("consent_amend_label") }), amendInput),
    h("div", { class: "row" }, amendButton));
  amendForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    const proposal = amendInput.value.trim();
    if (!proposal) { amendInput.focus(); return; }
    const answer = await act("consent.amend", { proposal }, amendButton);
    if (answer.ok) { dirty = false; filledFor = null; }
  });
  const decide = (outcome, e) => act("consent.decide", { outcome }, e.currentTarget);
  const agreed = h("button", { type: "button", class: "btn btn--ok", text: t("console_agreed"), testid: "consent-agreed",
    on: { click: (e) => decide("agreed", e) } });
  const notAgreed = h("button", { type: "button", class: "btn", text: t("console_not_agreed"), testid: "consent-not-agreed",
    on: { click: (e) => decide("not_agreed", e) } });
  el.append(
    h("div", { class: "consent__main" }, proposalBox, results),
    h("div", { class: "consent__side" }, h("div", { class: "consent__decide row" }, agreed, notAgreed), amendForm, history));

  const update = () => {
    const step = store.step(stepId);
    if (!step) return;
    const thumbs = Boolean(step.options && step.options.thumbs);
    const rounds = consentRounds(store, step);
    const current = rounds[rounds.length - 1] || null;
    el.dataset.round = current ? String(current.round) : "";
    el.dataset.outcome = (current && current.outcome) || "";
    if (!current) {
      replace(proposalBox, h("p", { class: "empty", text: t("consent_waiting") }));
      results.replaceChildren();
    } else {
      const outcome = current.outcome || "open";
      replace(proposalBox,
        h("div", { class: "consent__proposal-head" },
          h("h3", { class: "panel-title", text: t("console_proposal_round", { round: current.round }) }),
          h("span", { class: ["chip", `outcome--${outcome}`], text: t(`outcome_${outcome}`), testid: "consent-outcome", data: { outcome } })),
        proposalText(current.proposal, "consent-proposal"));
      const low = 0;
      const counts = current.counts.length ? current.counts : Array.from({ length: thumbs ? 3 : 6 }, () => 0);
      const objections = current.objections || [];
      replace(results,
        h("p", { class: "tally__big", text: t("answered_of", { count: current.responses, participants: store.participants }),
          testid: "consent-responses", data: { count: current.responses } }),
        histogram(counts, low, thumbs ? (v) => t(`thumb_${v}_short`) : null),
        h("p", { class: ["consent__blocks", current.blocks && "has-blocks"], text: t("consent_blocks", { count: current.blocks }),
          testid: "consent-blocks", data: { count: current.blocks } }),
        h("h4", { class: "panel-title", text: t("consent_objections", { count: objections.length }) }),
        objections.length ? h("ul", { class: "comments" }, objections.map((text) => h("li", { class: "comment", text, testid: "consent-objection" })))
          : h("p", { class: "empty", text: t("consent_no_objections") }),
        revealHint(step));
      if (!dirty && filledFor !== current.round && document.activeElement !== amendInput) {
        amendInput.value = current.proposal;
        filledFor = current.round;
      }
    }
    amendForm.hidden = !current;
    setText(amendButton, t("consent_amend", { round: current ? current.round + 1 : 1 }));
    for (const [button, outcome] of [[agreed, "agreed"], [notAgreed, "not_agreed"]]) {
      button.disabled = !current;
      button.setAttribute("aria-pressed", String(Boolean(current && current.outcome === outcome)));
    }
    const earlier = rounds.slice(0, -1).reverse();
    replace(history, earlier.length ? [
      h("h4", { class: "panel-title", text: t("consent_history") }),
      h("ol", { class: "consent__rounds" }, earlier.map((r) => h("li", { class: "consent-round", testid: "consent-round", data: { round: r.round, outcome: r.outcome || "" } },
        h("details", {},
          h("summary", {},
            h("span", { text: t("consent_round_line", { round: r.round, responses: r.responses, blocks: r.blocks }) }), " ",
            h("span", { class: ["chip", `outcome--${r.outcome || "open"}`], text: t(`outcome_${r.outcome || "open"}`) })),
          proposalText(r.proposal),
          (r.objections || []).length ? h("ul", { class: "comments" }, r.objections.map((text) => h("li", { class: "comment", text }))) : null))))] : null);
  };
  return { el, update };
}

// ---- pairs ---------------------------------------------------------------------------------------

function pairsPanel(ctx, stepId) {
  const { store, act } = ctx;
  const el = h("section", { class: "pairs", testid: "pairs-panel" });
  const update = () => {
    const step = store.step(stepId);
    if (!step) return;
    const pairs = store.pairs && store.pairs.step_id === step.id ? store.pairs : null;
    const groups = pairs ? pairs.groups : [];
    replace(el,
      h("header", { class: "pairs__head" },
        h("p", { class: "tally__big", text: groups.length ? t("pairs_round", { round: pairs.round, count: groups.length }) : t("pairs_none"),
          testid: "pairs-round", data: { round: pairs ? pairs.round : 0 } }),
        h("button", { type: "button", class: "btn btn--primary", text: t("pairs_shuffle"), testid: "pairs-shuffle",
          on: { click: (e) => act("pairs.shuffle", {}, e.currentTarget) } })),
      groups.length ? h("ul", { class: "pair-groups" }, groups.map((group) => {
        const named = group.members.filter((m) => m.nickname);
        const unnamed = group.members.length - named.length;
        return h("li", { class: "pair-group", testid: "pair-group", data: { number: group.number, members: group.members.length },
          style: { borderColor: group.colour } },
        h("span", { class: "pair-group__symbol", text: group.symbol, style: { background: group.colour }, attrs: { "aria-hidden": "true" } }),
        h("div", { class: "pair-group__text" },
          h("p", { class: "pair-group__title", text: t("pairs_group", { number: group.number }) }),
          h("p", { class: "pair-group__members", testid: "pair-members" },
            named.map((m) => m.nickname).join(", "),
            unnamed ? h("span", { class: "pair-group__unnamed", text: (named.length ? " + " : "") +
              (named.length ? t("pairs_unnamed", { count: unnamed }) : t("pairs_people", { count: unnamed })) }) : null)));
      })) : null);
  };
  return { el, update };
}

// ---- the action plan -----------------------------------------------------------------------------

function actionsPanel(ctx, stepId) {
  const { store, act } = ctx;
  const el = h("section", { class: "actions", testid: "actions-panel" });
  const body = h("tbody");
  const table = h("table", { class: "action-table", testid: "action-table" },
    h("thead", {}, h("tr", {},
      ["action_what", "action_who", "action_due", "action_status", "action_volunteers"].map((key) => h("th", { scope: "col", text: t(key) })),
      h("th", { scope: "col" }, h("span", { class: "sr-only", text: t("delete") })))),
    body);
  const none = h("p", { class: "empty", text: t("action_none"), testid: "action-none" });
  const newWhat = h("input", { class: "input", maxLength: 280, placeholder: t("action_what_placeholder"), testid: "action-new-what", aria: { label: t("action_what") } });
  const newWho = h("input", { class: "input", maxLength: 200, placeholder: t("action_who"), testid: "action-new-who", aria: { label: t("action_who") } });
  const newDue = h("input", { class: "input", maxLength: 40, placeholder: t("action_due_placeholder"), testid: "action-new-due", aria: { label: t("action_due") } });
  const add = h("button", { type: "submit", class: "btn btn--primary", text: t("action_add"), testid: "action-add" });
  const form = h("form", { class: "action-new", testid: "action-new-form" }, newWhat, newWho, newDue, add);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const what = newWhat.value.trim();
    if (!what) { newWhat.focus(); return; }
    const answer = await act("action.create", { client_id: newClientId(), what, who: newWho.value.trim(), due: newDue.value.trim() }, add);
    if (answer.ok) {
      newWhat.value = newWho.value = newDue.value = "";
      if (answer.action && store.upsertAction) store.upsertAction(answer.action);
      newWhat.focus();
    }
  });
  // A review goes through the actions carried over from last time: their status, not new ones.
  const reviewing = store.steps.find((s) => s.id === stepId)?.activity === "review";
  el.append(...[h("h3", { class: "panel-title", text: reviewing ? t("activity_review") : t("actions_heading") }),
    table, none, reviewing ? null : form].filter(Boolean));

  const save = (action, key, value) => {
    if ((action[key] || "") === value) return;
    if (key === "what" && !value) return;
    act("action.edit", { action_id: action.id, [key]: value });
  };

  function row(action) {
    const text = (key, max, label) => {
      const input = h("input", { class: "input input--small", value: action[key] || "", maxLength: max, testid: `action-${key}`, aria: { label: t(label) } });
      input.addEventListener("change", () => save(action, key, input.value.trim()));
      return h("td", {}, input);
    };
    const status = h("select", { class: "input input--small", testid: "action-status", aria: { label: t("action_status") } },
      STATUSES.map((s) => h("option", { value: s, text: t(`status_${s}`), selected: action.status === s })));
    status.addEventListener("change", () => save(action, "status", status.value));
    const names = action.volunteer_names || [];
    return h("tr", { class: ["action-row", `action-row--${action.status}`], testid: "action-row", data: { actionId: action.id, status: action.status } },
      text("what", 280, "action_what"), text("who", 200, "action_who"), text("due", 40, "action_due"),
      h("td", {}, status),
      h("td", { class: "action-row__volunteers", testid: "action-volunteers", data: { count: action.volunteers } },
        h("span", { class: "action-row__count", text: String(action.volunteers) }),
        names.length ? h("span", { class: "action-row__names", text: names.join(", ") }) : null),
      h("td", {}, confirmButton({ label: t("delete"), confirmLabel: t("delete_confirm"), testid: "action-delete",
        confirmTestid: "action-delete-confirm", className: "btn btn--tiny btn--danger-quiet",
        onConfirm: () => act("action.delete", { action_id: action.id }) })));
  }

  let shown = null;
  const update = () => {
    const actions = [...(store.actions instanceof Map ? store.actions.values() : [])]
      .filter((a) => a.step_id === stepId).sort((a, b) => (a.position - b.position) || (a.id - b.id));
    const key = JSON.stringify(actions);
    if (key === shown || isEditingInside(body)) return;
    shown = key;
    replace(body, actions.map(row));
    table.hidden = !actions.length;
    none.hidden = Boolean(actions.length);
  };
  return { el, update };
}
