// The participant's phone: one-handed, 360 px wide.
import { boot, t, h, byId, replace, setText, batched, newClientId, announce, confirmButton } from "./dom.js";
import { Store } from "./state.js";
import { connect, toast, fatalNotice } from "./live.js";
import { startTicker } from "./timer.js";
import {
  activityLabel, progressText, resultBars, ideaNote, IDEA_MAX, OBJECTION_MAX, COMMENT_MAX, ANSWER_ACTIVITIES,
  stepText, usesThumbs, answerValues, isLowConsent, consentLabel, thumbGlyph, proposalView, distributionChart,
  statsView, quoteList, actionStatus, groupName, groupStyle,
} from "./views.js";

const config = boot();
const code = config.code;
const store = new Store("participant");

const ui = {
  stage: byId("stage"),
  content: byId("content"),
  dock: byId("dock"),
};

// ---- my ideas: the outbox survives reloads and lost connections --------------------------

const OUTBOX_KEY = `facilitator.outbox.${code}`;

function loadOutbox() {
  try {
    const saved = JSON.parse(localStorage.getItem(OUTBOX_KEY) || "[]");
    return Array.isArray(saved) ? saved.filter((i) => i && typeof i.client_id === "string" && typeof i.text === "string") : [];
  } catch (_) {
    return [];
  }
}

const phone = {
  outbox: loadOutbox(),        // [{client_id, text}] not yet acknowledged
  inflight: new Set(),         // client ids sent and waiting for an answer
  failed: [],                  // [{client_id, text, message}] refused for good
  mine: new Set(),             // ids of my ideas
  editing: null,               // {id, draft}
  seen: null,                  // idea ids already drawn on the wall
  serverVotes: [],             // my dots as the server last told us
  pendingAdds: new Map(),      // client_id -> dot being added
  pendingRemoves: new Set(),   // client ids of dots being taken back
  answer: { key: null, value: null, text: "", sending: null, focus: false, editing: false }, // draft of scale/consent/feedback
  pendingVolunteer: new Map(), // action id -> willing, while the server has not answered
};

function saveOutbox() {
  try {
    if (phone.outbox.length) localStorage.setItem(OUTBOX_KEY, JSON.stringify(phone.outbox));
    else localStorage.removeItem(OUTBOX_KEY);
  } catch (_) { /* private mode: the outbox still lives in memory */ }
}

let retryTimer = null;

function flushOutbox() {
  for (const item of phone.outbox) {
    if (phone.inflight.has(item.client_id)) continue;
    phone.inflight.add(item.client_id);
    live.sendQuietly("idea.submit", { client_id: item.client_id, text: item.text }).then((answer) => {
      phone.inflight.delete(item.client_id);
      if (answer.ok) {
        phone.outbox = phone.outbox.filter((i) => i.client_id !== item.client_id);
        saveOutbox();
        if (answer.idea) {
          phone.mine.add(answer.idea.id);
          store.upsertIdea(answer.idea);
        }
      } else if (answer.code === "offline" || answer.code === "timeout") {
        // Kept: sent again (same client_id, so never twice) once we are back.
        if (answer.code === "timeout" && !retryTimer) {
          retryTimer = setTimeout(() => { retryTimer = null; flushOutbox(); }, 3000);
        }
      } else {
        phone.outbox = phone.outbox.filter((i) => i.client_id !== item.client_id);
        saveOutbox();
        phone.failed.push({ client_id: item.client_id, text: item.text, message: answer.message || t("error_generic") });
      }
      render();
    });
  }
  render();
}

function submitIdea(text) {
  const clean = text.trim();
  if (!clean) return false;
  if (clean.length > IDEA_MAX) {
    toast(t("idea_too_long", { max: IDEA_MAX }));
    return false;
  }
  phone.outbox.push({ client_id: newClientId(), text: clean });
  saveOutbox();
  flushOutbox();
  return true;
}

// ---- my dots -------------------------------------------------------------------------------

function myVotes() {
  const votes = phone.serverVotes.filter((v) => !phone.pendingRemoves.has(v.client_id));
  for (const vote of phone.pendingAdds.values()) {
    if (!votes.some((v) => v.client_id === vote.client_id)) votes.push(vote);
  }
  return votes;
}

function myVoteCounts() {
  const counts = new Map();
  for (const v of myVotes()) {
    const key = `${v.target_type}:${v.target_id}`;
    counts.set(key, (counts.get(key) || 0) + 1);
  }
  return counts;
}

async function addDot(target) {
  const vote = { client_id: newClientId(), target_type: target.type, target_id: target.id };
  phone.pendingAdds.set(vote.client_id, vote);
  render();
  const answer = await live.send("vote.add", vote);
  phone.pendingAdds.delete(vote.client_id);
  if (answer.ok && Array.isArray(answer.my_votes)) phone.serverVotes = answer.my_votes;
  render();
}

async function removeDot(target) {
  const mineOnTarget = myVotes().filter((v) => v.target_type === target.type && v.target_id === target.id);
  const vote = mineOnTarget[mineOnTarget.length - 1];
  if (!vote) return;
  if (phone.pendingAdds.has(vote.client_id)) return; // still on its way: wait for its answer
  phone.pendingRemoves.add(vote.client_id);
  render();
  const answer = await live.send("vote.remove", { client_id: vote.client_id });
  phone.pendingRemoves.delete(vote.client_id);
  if (answer.ok && Array.isArray(answer.my_votes)) phone.serverVotes = answer.my_votes;
  render();
}

// ---- the persistent composer (never redrawn, so typing is never interrupted) ----------------

const composer = (() => {
  const field = h("textarea", {
    id: "idea-text", class: "composer__field", maxLength: IDEA_MAX, rows: 2, testid: "idea-input",
    placeholder: t("idea_placeholder"), attrs: { enterkeyhint: "send", autocomplete: "off" },
  });
  const counter = h("span", { class: "composer__count", testid: "idea-counter", attrs: { "aria-live": "off" } });
  const button = h("button", { type: "submit", class: "btn btn--primary composer__send", text: t("send"), testid: "idea-send" });
  const label = h("label", { class: "sr-only", htmlFor: "idea-text", text: t("idea_label") });
  const form = h("form", { class: "composer", testid: "idea-form" }, label, field,
    h("div", { class: "composer__row" }, counter, button));
  const refresh = () => {
    const length = field.value.length;
    setText(counter, t("chars_left", { count: IDEA_MAX - length }));
    counter.classList.toggle("is-low", IDEA_MAX - length < 20);
    button.disabled = !field.value.trim();
    field.style.height = "auto";
    field.style.height = `${Math.min(field.scrollHeight, 160)}px`;
  };
  field.addEventListener("input", refresh);
  field.addEventListener("keydown", (event) => {
    // Enter sends (a hardware keyboard); Shift+Enter makes a new line.
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (submitIdea(field.value)) {
      field.value = "";
      refresh();
      announce(t("idea_sent"));
    }
  });
  refresh();
  return { form, field };
})();

// ---- drawing -------------------------------------------------------------------------------

const stepTimer = h("p", { class: "chip chip--timer", testid: "timer", hidden: true, attrs: { "aria-live": "off" } });

let stageKey = "";

function renderStage() {
  const step = store.currentStep();
  // Redrawn only when the step or its wording changes: the stage is an aria-live region.
  const text = stepText(store, step);
  const key = step ? JSON.stringify([step.id, text.title, text.prompt, step.activity, progressText(store)]) : "";
  if (key === stageKey) return;
  stageKey = key;
  if (!step) {
    replace(ui.stage);
    ui.stage.hidden = true;
    return;
  }
  ui.stage.hidden = false;
  replace(ui.stage,
    h("div", { class: "stage__meta" },
      h("span", { class: "chip", text: activityLabel(step.activity), testid: "step-activity" }),
      h("span", { class: "stage__progress", text: progressText(store) }),
      stepTimer),
    h("h2", { class: "stage__title", text: text.title, testid: "step-title" }),
    text.prompt ? h("p", { class: "stage__prompt", text: text.prompt, testid: "step-prompt" }) : null);
}

function notice(text, testid, kind = "info") {
  return h("p", { class: ["notice", `notice--${kind}`], text, testid, attrs: { role: "status" } });
}

function myIdeasSection(step, open) {
  const ideas = store.ideasOf(step.id, { includeHidden: true }).filter((i) => phone.mine.has(i.id));
  // Ideas of mine the snapshot knows by id but that were hidden by the facilitator are not in
  // `ideas` for participants: they simply do not show.
  const pending = phone.outbox;
  if (!ideas.length && !pending.length && !phone.failed.length) {
    return open ? h("p", { class: "hint", text: t("idea_first_hint") }) : null;
  }
  const items = [];
  for (const idea of ideas) {
    if (phone.editing && phone.editing.id === idea.id && open) {
      items.push(editor(idea));
      continue;
    }
    items.push(h("li", { class: "mine__item", testid: "my-idea", data: { ideaId: idea.id } },
      h("p", { class: "mine__text", text: idea.text }),
      open ? h("div", { class: "mine__actions" },
        h("button", { type: "button", class: "btn btn--small", text: t("edit"), testid: "my-idea-edit",
          on: { click: () => { phone.editing = { id: idea.id, draft: idea.text, focus: true }; render(); } } }),
        confirmButton({ label: t("remove"), confirmLabel: t("remove_confirm"), testid: "my-idea-remove",
          confirmTestid: "my-idea-remove-confirm", onConfirm: () => deleteIdea(idea.id) })) : null));
  }
  for (const item of pending) {
    items.push(h("li", { class: "mine__item mine__item--pending", testid: "my-idea-pending" },
      h("p", { class: "mine__text", text: item.text }),
      h("p", { class: "mine__state", text: live.connected ? t("idea_sending") : t("idea_waiting_connection") })));
  }
  for (const item of phone.failed) {
    items.push(h("li", { class: "mine__item mine__item--failed", testid: "my-idea-failed" },
      h("p", { class: "mine__text", text: item.text }),
      h("p", { class: "mine__state", text: t("idea_not_sent", { reason: item.message }) }),
      h("div", { class: "mine__actions" },
        h("button", { type: "button", class: "btn btn--small", text: t("dismiss"),
          on: { click: () => { phone.failed = phone.failed.filter((f) => f !== item); render(); } } }))));
  }
  return h("section", { class: "mine", aria: { labelledby: "mine-heading" } },
    h("h3", { id: "mine-heading", class: "section-title", text: t("your_ideas", { count: ideas.length + pending.length }) }),
    h("ul", { class: "mine__list", testid: "my-ideas" }, items));
}

function editor(idea) {
  const field = h("textarea", { class: "mine__field", maxLength: IDEA_MAX, rows: 3, value: phone.editing.draft,
    testid: "my-idea-field", aria: { label: t("edit_idea_label") } });
  field.addEventListener("input", () => { phone.editing.draft = field.value; });
  const form = h("form", { class: "mine__editor" }, field,
    h("div", { class: "mine__actions" },
      h("button", { type: "button", class: "btn btn--small", text: t("cancel"),
        on: { click: () => { phone.editing = null; render(); } } }),
      h("button", { type: "submit", class: "btn btn--small btn--primary", text: t("save"), testid: "my-idea-save" })));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const text = field.value.trim();
    if (!text) return;
    const answer = await live.send("idea.edit", { idea_id: idea.id, text });
    if (answer.ok) {
      phone.editing = null;
      store.upsertIdea(answer.idea);
    }
  });
  if (phone.editing.focus) {
    phone.editing.focus = false;
    requestAnimationFrame(() => { field.focus(); field.setSelectionRange(field.value.length, field.value.length); });
  }
  return h("li", { class: "mine__item mine__item--editing", testid: "my-idea", data: { ideaId: idea.id } }, form);
}

async function deleteIdea(id) {
  const answer = await live.send("idea.delete", { idea_id: id });
  if (answer.ok) {
    phone.mine.delete(id);
    store.removeIdea(id);
  }
}

function wallSection(sourceId, { heading } = {}) {
  const { clusters, unsorted } = store.groups(sourceId);
  const total = unsorted.length + clusters.reduce((n, g) => n + g.ideas.length, 0);
  const showAuthor = !store.workshop.anonymous;
  const firstDraw = phone.seen === null;
  if (firstDraw) phone.seen = new Set();
  const note = (idea) => {
    const isNew = !firstDraw && !phone.seen.has(idea.id);
    phone.seen.add(idea.id);
    return ideaNote(idea, { isNew, mine: phone.mine.has(idea.id), showAuthor });
  };
  const groups = [];
  for (const { cluster, ideas } of clusters) {
    groups.push(h("section", { class: "group", testid: "wall-cluster", data: { clusterId: cluster.id } },
      h("h4", { class: "group__title" }, h("span", { text: cluster.title }),
        h("span", { class: "group__count", text: String(ideas.length) })),
      ideas.length ? h("ul", { class: "notes" }, ideas.map(note)) : h("p", { class: "empty", text: t("cluster_empty") })));
  }
  if (unsorted.length) {
    groups.push(h("section", { class: "group group--unsorted", testid: "wall-unsorted" },
      clusters.length ? h("h4", { class: "group__title", text: t("unsorted") }) : null,
      h("ul", { class: "notes" }, unsorted.map(note))));
  }
  return h("section", { class: "wall", testid: "wall", aria: { labelledby: "wall-heading" } },
    h("h3", { id: "wall-heading", class: "section-title", text: heading || t("wall_heading", { count: total }) }),
    total || clusters.length ? groups : h("p", { class: "empty", text: t("wall_empty") }));
}

function voteSection(step) {
  const { dotsPerPerson, maxPerItem } = store.voteOptions(step);
  const counts = myVoteCounts();
  const left = dotsPerPerson - myVotes().length;
  const targets = store.voteTargets(step);
  const open = step.submissions_open;
  if (!targets.length) return notice(t("vote_nothing"), "vote-empty");
  return h("section", { class: "vote", aria: { labelledby: "vote-heading" } },
    h("h3", { id: "vote-heading", class: "section-title", text: open ? t("vote_heading") : t("your_dots_heading") }),
    open ? h("p", { class: "hint", text: t("vote_hint", { max: maxPerItem }) }) : null,
    h("ul", { class: "targets", testid: "vote-targets" }, targets.map((target) => {
      const mine = counts.get(`${target.type}:${target.id}`) || 0;
      const canAdd = open && left > 0 && mine < maxPerItem;
      const label = target.title;
      return h("li", { class: ["target", mine && "target--chosen"], testid: "vote-target",
        data: { targetType: target.type, targetId: target.id, myDots: mine } },
      h("div", { class: "target__body" },
        h("p", { class: "target__title", text: label }),
        target.type === "cluster" && target.ideas.length ? h("ul", { class: "target__ideas" },
          target.ideas.slice(0, 5).map((idea) => h("li", { text: idea.text })),
          target.ideas.length > 5 ? h("li", { class: "target__more", text: t("and_more", { count: target.ideas.length - 5 }) }) : null) : null),
      h("div", { class: "target__controls" },
        h("button", { type: "button", class: "btn btn--round", text: "−", disabled: !open || mine === 0, testid: "vote-remove",
          aria: { label: t("vote_remove_label", { title: label }) }, on: { click: () => removeDot(target) } }),
        h("span", { class: "target__dots", testid: "vote-count", aria: { label: t("your_dots", { count: mine }) } },
          dotGlyphs(mine, maxPerItem)),
        h("button", { type: "button", class: "btn btn--round btn--primary", text: "+", disabled: !canAdd, testid: "vote-add",
          aria: { label: t("vote_add_label", { title: label }) }, on: { click: () => addDot(target) } })));
    })));
}

function dotGlyphs(filled, total) {
  return Array.from({ length: total }, (_, i) => h("span", { class: ["dot", i < filled && "dot--on"], attrs: { "aria-hidden": "true" } }));
}

function budgetBar(step) {
  const { dotsPerPerson } = store.voteOptions(step);
  const left = dotsPerPerson - myVotes().length;
  return h("div", { class: "budget", testid: "vote-budget", data: { left, total: dotsPerPerson } },
    h("span", { class: "budget__dots" }, dotGlyphs(left, dotsPerPerson)),
    h("span", { class: "budget__text", text: left > 0 ? t("dots_left", { left, total: dotsPerPerson }) : t("dots_all_spent") }));
}

// ---- answers: scale, consent, feedback -------------------------------------------------------

/** The draft answer of the current step (and consent round), started from my saved answer. */
function answerDraft(step) {
  const round = step.activity === "consent" ? (store.consentRound(step) || { round: 0 }).round : 1;
  const key = `${step.id}:${round}`;
  if (phone.answer.key !== key) {
    const saved = store.myAnswer(step);
    phone.answer = { key, value: saved ? saved.value : null, text: saved ? saved.text || "" : "", sending: null, focus: false, editing: false };
  }
  return phone.answer;
}

async function sendAnswer(step, value, text = "") {
  const draft = answerDraft(step);
  const key = draft.key;
  draft.value = value;
  draft.sending = value;
  render();
  const payload = { value };
  if (step.activity !== "scale") payload.text = text.trim();
  const answer = await live.send("answer.submit", payload);
  if (phone.answer.key !== key) return; // the step or round moved on meanwhile
  phone.answer.sending = null;
  if (answer.ok) {
    phone.answer.editing = false;
    store.setMyAnswer(answer.answer);
    phone.answer.text = (answer.answer && answer.answer.text) || phone.answer.text;
    announce(t("answer_saved"));
  } else {
    const saved = store.myAnswer(step);
    phone.answer.value = saved ? saved.value : null;
    render();
  }
}

function answerOpen(step) {
  if (!step.submissions_open) return false;
  if (step.activity === "consent") {
    const round = store.consentRound(step);
    return Boolean(round && !round.outcome);
  }
  return true;
}

function scaleDock(step) {
  const draft = answerDraft(step);
  const saved = store.myAnswer(step);
  const chosen = draft.sending ?? (saved ? saved.value : null);
  return h("div", { class: "answer-dock", testid: "scale-panel" },
    h("p", { class: "answer-dock__status", testid: "answer-status", data: { value: saved ? saved.value : "" } },
      saved ? t("scale_your_answer", { value: saved.value }) : t("scale_choose"),
      draft.sending != null ? h("span", { class: "answer-dock__state", text: t("answer_sending") })
        : saved ? h("span", { class: "answer-dock__state answer-dock__state--ok", text: t("answer_saved") }) : null),
    h("div", { class: "scale-options", attrs: { role: "group" }, aria: { label: t("scale_choose") } },
      answerValues(step).map((value) => h("button", {
        type: "button", class: ["scale-option", chosen === value && "is-chosen", draft.sending === value && "is-sending"],
        text: String(value), testid: "scale-option", data: { value },
        aria: { pressed: chosen === value ? "true" : "false", label: t("answer_label", { value }) },
        on: { click: () => sendAnswer(step, value) },
      }))));
}

function consentDock(step) {
  const draft = answerDraft(step);
  const saved = store.myAnswer(step);
  const thumbs = usesThumbs(step);
  const chosen = draft.sending ?? draft.value;
  const low = chosen != null && isLowConsent(step, chosen);
  const choose = (value) => {
    if (isLowConsent(step, value)) {
      draft.value = value;
      draft.focus = true;
      draft.editing = true;
      render();
    } else {
      draft.text = "";
      sendAnswer(step, value, "");
    }
  };
  const options = answerValues(step).map((value) => h("button", {
    type: "button", class: ["consent-option", thumbs && "consent-option--thumb", chosen === value && "is-chosen",
      isLowConsent(step, value) && "consent-option--low"],
    testid: "consent-option", data: { value },
    aria: { pressed: chosen === value ? "true" : "false",
      label: thumbs ? consentLabel(step, value) : t("fingers_label", { value, label: consentLabel(step, value) }) },
    on: { click: () => choose(value) },
  },
  thumbs ? thumbGlyph(value) : h("span", { class: "consent-option__number", text: String(value) }),
  thumbs ? h("span", { class: "consent-option__label", text: t(`thumb_${value}_short`) }) : null));
  let status;
  if (draft.sending != null) status = t("answer_sending");
  else if (saved && saved.value === chosen) status = t("consent_sent", { label: consentLabel(step, saved.value) });
  else if (chosen != null) status = consentLabel(step, chosen);
  else status = t("consent_question");
  let objection = null;
  const savedHere = saved && saved.value === chosen;
  if (low && savedHere && !draft.editing) {
    // Sent: the objection folds away into one line, to be opened again with Edit.
    objection = h("div", { class: "objection objection--sent", testid: "consent-objection-sent" },
      saved.text ? h("p", { class: "quote", text: saved.text }) : null,
      h("button", { type: "button", class: "btn btn--small", text: t("edit"), testid: "consent-objection-edit",
        on: { click: () => { draft.editing = true; draft.focus = true; render(); } } }));
  } else if (low) {
    const field = h("textarea", { id: "objection", class: "answer-field", maxLength: OBJECTION_MAX, rows: 3,
      value: draft.text, placeholder: t("objection_placeholder"), testid: "consent-objection" });
    const counter = h("span", { class: "composer__count", text: t("chars_left", { count: OBJECTION_MAX - draft.text.length }) });
    const button = h("button", { type: "submit", class: "btn btn--primary btn--big answer-send", testid: "consent-send",
      text: saved && saved.value === chosen ? t("consent_update") : t("consent_send"), disabled: draft.sending != null });
    field.addEventListener("input", () => {
      draft.text = field.value;
      setText(counter, t("chars_left", { count: OBJECTION_MAX - field.value.length }));
      counter.classList.toggle("is-low", OBJECTION_MAX - field.value.length < 20);
    });
    objection = h("form", { class: "objection", testid: "consent-objection-form",
      on: { submit: (event) => { event.preventDefault(); sendAnswer(step, chosen, draft.text); } } },
    h("label", { class: "field__label", htmlFor: "objection", text: t("objection_label") }),
    field,
    h("div", { class: "composer__row" },
      h("span", { class: "answer-dock__note", text: t("objection_anonymous") }), counter),
    button);
    if (draft.focus) {
      draft.focus = false;
      requestAnimationFrame(() => field.focus());
    }
  }
  return h("div", { class: "answer-dock", testid: "consent-panel" },
    objection,
    h("p", { class: "answer-dock__status", testid: "answer-status", data: { value: saved ? saved.value : "" } }, status),
    h("div", { class: ["consent-options", thumbs && "consent-options--thumbs"], attrs: { role: "group" }, aria: { label: t("consent_question") } }, options),
    thumbs ? null : h("p", { class: "scale-ends", attrs: { "aria-hidden": "true" } },
      h("span", { text: `0 = ${t("fist_0")}` }), h("span", { text: `5 = ${t("fist_5")}` })));
}

function feedbackDock(step) {
  const draft = answerDraft(step);
  const saved = store.myAnswer(step);
  const field = h("textarea", { id: "feedback-comment", class: "answer-field", maxLength: COMMENT_MAX, rows: 2,
    value: draft.text, placeholder: t("feedback_comment_placeholder"), testid: "feedback-comment" });
  const button = h("button", { type: "submit", class: "btn btn--primary btn--big answer-send", testid: "feedback-send",
    text: saved ? t("feedback_update") : t("feedback_send"), disabled: draft.value == null || draft.sending != null });
  const counter = h("span", { class: "composer__count", text: t("chars_left", { count: COMMENT_MAX - draft.text.length }) });
  field.addEventListener("input", () => {
    draft.text = field.value;
    setText(counter, t("chars_left", { count: COMMENT_MAX - field.value.length }));
    counter.classList.toggle("is-low", COMMENT_MAX - field.value.length < 20);
  });
  const stars = answerValues(step).map((value) => h("button", {
    type: "button", class: ["star", draft.value != null && value <= draft.value && "is-on", draft.value === value && "is-chosen"],
    testid: "feedback-star", data: { value },
    aria: { pressed: draft.value === value ? "true" : "false", label: t("feedback_star_label", { value }) },
    on: { click: () => { draft.value = value; render(); } },
  }, h("span", { class: "star__glyph", text: "★", attrs: { "aria-hidden": "true" } }),
  h("span", { class: "star__number", text: String(value), attrs: { "aria-hidden": "true" } })));
  return h("form", { class: "answer-dock", testid: "feedback-panel",
    on: { submit: (event) => {
      event.preventDefault();
      if (draft.value == null) { toast(t("feedback_pick")); return; }
      sendAnswer(step, draft.value, draft.text);
    } } },
  h("div", { class: "stars", attrs: { role: "group" }, aria: { label: t("feedback_rating") } }, stars),
  h("label", { class: "field__label", htmlFor: "feedback-comment", text: t("feedback_comment_label") }),
  field,
  h("div", { class: "composer__row" },
    h("span", { class: "answer-dock__note", text: t("feedback_anonymous") }), counter),
  button);
}

/** Columns of a scale/feedback tally, my answer marked, with median and average. */
function distributionResults(step, tally, { heading, labels } = {}) {
  const saved = store.myAnswer(step);
  return h("section", { class: "results results--answers", testid: "answer-results", aria: { labelledby: "answer-results-heading" },
    attrs: { "aria-live": "polite" } },
  h("h3", { id: "answer-results-heading", class: "section-title", text: heading || t("group_answers") }),
  distributionChart(tally.counts, tally.low, { mine: saved ? saved.value : null, labels }),
  statsView(tally));
}

function scaleContent(step, parts) {
  const tally = store.tallyFor(step);
  const saved = store.myAnswer(step);
  if (step.results_revealed) {
    if (saved) parts.push(h("p", { class: "my-answer", testid: "my-answer", data: { value: saved.value }, text: t("scale_your_answer", { value: saved.value }) }));
    parts.push(tally && tally.counts ? distributionResults(step, tally) : notice(t("results_coming"), "results-coming"));
    parts.push(h("section", { class: "step-up", testid: "step-up" },
      h("h3", { class: "step-up__question", text: t("scale_step_up") }),
      h("p", { class: "step-up__hint", text: t("scale_step_up_hint") })));
    return null;
  }
  if (!step.submissions_open) {
    parts.push(notice(saved ? t("scale_your_answer", { value: saved.value }) : t("no_answer_given"), "my-answer"));
    parts.push(notice(t("answers_closed"), "closed", "warn"));
    return null;
  }
  parts.push(h("p", { class: "hint", text: t("scale_hint") }));
  return scaleDock(step);
}

function consentResultsView(step, round) {
  const tally = store.tallyFor(step);
  const result = tally && (tally.rounds || []).find((r) => r.round === round.round);
  if (!result) return notice(t("results_coming"), "results-coming");
  const thumbs = usesThumbs(step);
  const saved = store.myAnswer(step);
  return h("section", { class: "results results--answers", testid: "consent-results", attrs: { "aria-live": "polite" } },
    h("h3", { class: "section-title", text: t("group_answers") }),
    distributionChart(result.counts, 0, { mine: saved ? saved.value : null, order: thumbs ? [0, 1, 2] : undefined,
      labels: thumbs ? (v) => t(`thumb_${v}_short`) : undefined, glyph: thumbs ? thumbGlyph : undefined }),
    h("p", { class: "consent-blocks", testid: "consent-blocks", data: { count: result.blocks }, text: t("consent_blocks", { count: result.blocks }) }),
    h("h4", { class: "section-title", text: t("objections_heading", { count: result.objections.length }) }),
    quoteList(result.objections, { testid: "objections", empty: t("objections_none") }));
}

function consentContent(step, parts) {
  const round = store.consentRound(step);
  if (!round) {
    parts.push(notice(t("consent_no_proposal"), "consent-waiting"));
    return null;
  }
  parts.push(h("section", { class: "proposal-card", testid: "consent-proposal-card", data: { round: round.round } },
    h("div", { class: "proposal-card__meta" },
      h("span", { class: "chip", text: t("consent_round", { round: round.round }), testid: "consent-round" }),
      h("span", { class: "section-title proposal-card__label", text: t("consent_proposal") })),
    proposalView(round.proposal, { testid: "consent-proposal" })));
  if (round.outcome === "agreed" || round.outcome === "not_agreed") {
    parts.push(h("p", { class: ["notice", "outcome", `outcome--${round.outcome}`], testid: "consent-outcome",
      data: { outcome: round.outcome }, attrs: { role: "status" },
      text: round.outcome === "agreed" ? t("consent_agreed") : t("consent_not_agreed") }));
  } else if (round.round > 1 && !store.myAnswer(step)) {
    parts.push(notice(t("consent_amended"), "consent-amended"));
  }
  if (step.results_revealed) parts.push(consentResultsView(step, round));
  if (!answerOpen(step)) {
    if (!round.outcome) parts.push(notice(t("answers_closed"), "closed", "warn"));
    return null;
  }
  return consentDock(step);
}

function feedbackContent(step, parts) {
  const saved = store.myAnswer(step);
  const tally = store.tallyFor(step);
  if (saved) parts.push(h("section", { class: "thanks-card", testid: "feedback-thanks", attrs: { role: "status" } },
    h("p", { class: "thanks-card__stars", attrs: { "aria-hidden": "true" }, text: "★".repeat(saved.value) + "☆".repeat(5 - saved.value) }),
    h("p", { text: step.submissions_open ? t("feedback_thanks") : t("thanks_title") })));
  if (step.results_revealed && tally && tally.counts) {
    parts.push(distributionResults(step, tally));
    if (tally.texts && tally.texts.length) {
      parts.push(h("section", { class: "results" },
        h("h3", { class: "section-title", text: t("comments_heading", { count: tally.texts.length }) }),
        quoteList(tally.texts, { testid: "comments" })));
    }
  }
  if (!step.submissions_open) {
    if (!saved) parts.push(notice(t("answers_closed"), "closed", "warn"));
    return null;
  }
  if (!saved) parts.push(notice(t("feedback_anonymous"), "feedback-anonymous"));
  return feedbackDock(step);
}

// ---- pair work -------------------------------------------------------------------------------

function pairCard(step) {
  const pairs = store.pairsFor(step);
  const group = store.myGroup(step);
  if (!group) {
    return h("section", { class: "hero pair-finding", testid: "pair-finding", attrs: { role: "status" } },
      h("div", { class: "hero__pulse", attrs: { "aria-hidden": "true" } }),
      h("h2", { text: t("pair_finding") }));
  }
  const others = group.members.filter((m) => m.id !== store.me.id);
  const names = others.map((m) => m.nickname).filter(Boolean);
  let withText;
  if (!others.length) withText = t("pair_alone");
  else if (names.length) withText = t("pair_with", { names: names.join(", ") });
  else withText = t("pair_find");
  return h("section", { class: "pair-card", testid: "pair-card",
    data: { number: group.number, symbol: group.symbol, round: pairs.round, size: group.members.length },
    style: groupStyle(group.colour), attrs: { role: "status" } },
  h("span", { class: "pair-card__round", text: t("pair_round", { round: pairs.round }), testid: "pair-round" }),
  h("span", { class: "pair-card__symbol", text: group.symbol, attrs: { "aria-hidden": "true" } }),
  h("h2", { class: "pair-card__name", text: groupName(step, group.number), testid: "pair-name" }),
  h("p", { class: "pair-card__with", text: withText, testid: "pair-with" }),
  names.length && names.length < others.length ? h("p", { class: "pair-card__hint", text: t("pair_find") }) : null);
}

// ---- the action plan -------------------------------------------------------------------------

async function toggleVolunteer(action, willing) {
  phone.pendingVolunteer.set(action.id, willing);
  render();
  const answer = await live.send("action.volunteer", { action_id: action.id, willing });
  phone.pendingVolunteer.delete(action.id);
  if (answer.ok) {
    if (answer.action) store.upsertAction(answer.action);
    store.setVolunteered(answer.volunteered);
  } else {
    render();
  }
}

function actionsSection(step) {
  const list = store.actionsOf(step.id);
  if (!list.length) return notice(t("actions_empty"), "actions-empty");
  return h("section", { class: "actions", aria: { labelledby: "actions-heading" } },
    h("h3", { id: "actions-heading", class: "section-title", text: t("actions_heading") }),
    h("p", { class: "hint", text: t("actions_hint") }),
    h("ul", { class: "actions__list", testid: "actions" }, list.map((action) => {
      const pending = phone.pendingVolunteer.has(action.id);
      const joined = pending ? phone.pendingVolunteer.get(action.id) : store.volunteered(action.id);
      return h("li", { class: ["action-card", joined && "action-card--joined", action.status === "dropped" && "action-card--dropped"],
        testid: "action", data: { actionId: action.id, volunteered: joined ? "1" : "0", volunteers: action.volunteers } },
      h("div", { class: "action-card__body" },
        h("p", { class: "action-card__what", text: action.what, testid: "action-what" }),
        h("p", { class: "action-card__meta" },
          action.who ? h("span", { text: t("action_who_value", { who: action.who }), testid: "action-who" }) : null,
          action.due ? h("span", { text: t("action_due_value", { due: action.due }), testid: "action-due" }) : null,
          actionStatus(action)),
        h("p", { class: "action-card__count", testid: "action-volunteers", data: { count: action.volunteers },
          text: t("action_volunteer_count", { count: action.volunteers }) },
        (action.volunteer_names || []).length ? h("span", { class: "action-card__names", text: ` · ${action.volunteer_names.join(", ")}` }) : null)),
      h("button", { type: "button", class: ["btn", "btn--big", "action-card__toggle", joined ? "btn--primary" : null],
        testid: "action-volunteer", disabled: pending,
        aria: { pressed: joined ? "true" : "false", label: joined ? t("action_leave_label", { what: action.what }) : t("action_join_label", { what: action.what }) },
        on: { click: () => toggleVolunteer(action, !joined) } },
      h("span", { attrs: { "aria-hidden": "true" }, text: joined ? "✓" : "+" }),
      h("span", { text: joined ? t("action_joined") : t("action_join") })));
    })));
}

function renderContent() {
  const phase = store.phase;
  const step = store.currentStep();
  const parts = [];
  let dock = null;
  if (phase === "waiting") {
    parts.push(h("section", { class: "hero", testid: "waiting" },
      h("div", { class: "hero__pulse", attrs: { "aria-hidden": "true" } }),
      h("h2", { text: t("waiting_title") }),
      h("p", { text: t("waiting_text") }),
      store.me && store.me.nickname ? h("p", { class: "hero__name", text: t("you_are", { name: store.me.nickname }) }) : null));
  } else if (phase === "ended") {
    parts.push(h("section", { class: "hero hero--done", testid: "thanks" },
      h("h2", { text: t("thanks_title") }),
      h("p", { text: t("thanks_text") })));
  } else if (step.activity === "brainstorm") {
    const open = step.submissions_open;
    const hidden = store.isPrivate(step);
    if (hidden) parts.push(h("p", { class: "notice notice--private", testid: "private-note", text: t("private_note") }));
    if (!open) parts.push(notice(t("submissions_closed"), "closed", "warn"));
    else dock = composer.form;
    parts.push(myIdeasSection(step, open));
    // In private writing the others' ideas are not here yet: my own list above is all there is.
    if (!hidden) parts.push(wallSection(step.id));
  } else if (step.activity === "pairing") {
    const open = step.submissions_open;
    parts.push(pairCard(step));
    if (store.myGroup(step)) {
      parts.push(h("h3", { class: "pair-ideas-title", text: t("pair_ideas_heading"), testid: "pair-ideas-heading" }));
      if (!open) parts.push(notice(t("submissions_closed"), "closed", "warn"));
      else dock = composer.form;
      parts.push(myIdeasSection(step, open));
      parts.push(wallSection(step.id));
    }
  } else if (step.activity === "scale") {
    dock = scaleContent(step, parts);
  } else if (step.activity === "consent") {
    dock = consentContent(step, parts);
  } else if (step.activity === "feedback") {
    dock = feedbackContent(step, parts);
  } else if (step.activity === "action_plan" || step.activity === "review") {
    parts.push(actionsSection(step));
  } else if (step.activity === "dot_vote") {
    if (step.results_revealed) {
      parts.push(h("section", { class: "results" },
        h("h3", { class: "section-title", text: t("results_heading") }),
        resultBars(store.results(step), { mine: myVoteCounts() })));
    } else {
      if (!step.submissions_open) parts.push(notice(t("voting_closed"), "closed", "warn"));
      parts.push(voteSection(step));
      if (step.submissions_open) dock = budgetBar(step);
    }
  } else if (step.activity === "cluster") {
    parts.push(notice(t("clustering_text"), "clustering"));
    const source = store.sourceOf(step);
    if (source != null) parts.push(wallSection(source));
  } else {
    parts.push(notice(t("follow_screen"), "other"));
  }
  replace(ui.content, parts);
  const pairing = step && step.activity === "pairing";
  composer.field.placeholder = pairing ? t("pair_idea_placeholder") : t("idea_placeholder");
  placeDock(dock);
  ui.dock.hidden = !dock;
  document.body.classList.toggle("has-dock", Boolean(dock));
}

/** Puts `dock` at the bottom. The composer is never redrawn; an answer panel only when it
 * looks different, and then with the focus (and a half-typed text's caret) kept in place. */
function placeDock(dock) {
  const current = ui.dock.firstElementChild;
  if (!dock || dock === composer.form) {
    if (current !== dock) replace(ui.dock, dock);
    return;
  }
  dock.dataset.key = phone.answer.key || "";
  if (current && current !== composer.form && current.outerHTML === dock.outerHTML) return;
  const active = document.activeElement;
  let restore = null;
  if (active && active !== document.body && ui.dock.contains(active)) {
    if (active.id) restore = { selector: `#${active.id}` };
    else if (active.dataset.testid) {
      restore = { selector: `[data-testid="${active.dataset.testid}"]${active.dataset.value != null ? `[data-value="${active.dataset.value}"]` : ""}` };
    }
    if (restore && typeof active.selectionStart === "number") restore.range = [active.selectionStart, active.selectionEnd];
  }
  replace(ui.dock, dock);
  if (restore) {
    const field = ui.dock.querySelector(restore.selector);
    if (field) {
      field.focus();
      if (restore.range && field.setSelectionRange) field.setSelectionRange(...restore.range);
    }
  }
}

const render = batched(() => {
  if (!store.ready) return;
  // Keep a half-typed edit and its caret when something else changes.
  const active = document.activeElement;
  const editingFocused = active && active.dataset && active.dataset.testid === "my-idea-field";
  const selection = editingFocused ? [active.selectionStart, active.selectionEnd] : null;
  renderStage();
  renderContent();
  if (editingFocused) {
    const field = ui.content.querySelector("[data-testid=my-idea-field]");
    if (field) { field.focus(); field.setSelectionRange(...selection); }
  }
  ticker.tick();
});

const ticker = startTicker(store, ({ running, text, up, justEnded }) => {
  stepTimer.hidden = !running;
  stepTimer.classList.toggle("is-up", up);
  setText(stepTimer, up ? t("times_up") : text);
  if (justEnded) announce(t("times_up"), true);
});

// ---- wiring ----------------------------------------------------------------------------------

store.subscribe((event) => {
  if (event.kind === "snapshot") {
    if (store.me) {
      for (const id of store.me.idea_ids || []) phone.mine.add(id);
      phone.serverVotes = store.me.votes || [];
    }
  }
  if (event.stepChanged) {
    phone.editing = null;
    phone.pendingAdds.clear();
    phone.pendingRemoves.clear();
    if (event.kind !== "snapshot") {
      phone.serverVotes = [];
      // My dots are per step and only in a snapshot: ask for one when a vote becomes current.
      const step = store.currentStep();
      if (step && (step.activity === "dot_vote" || ANSWER_ACTIVITIES.has(step.activity))) live.sync();
    }
  }
  const current = store.currentStep();
  if (event.kind === "consent" && current && event.change.step_id === current.id) {
    const round = store.consentRound(current);
    if (event.newRound && round && round.round > 1) announce(t("consent_amended"), true);
    else if (event.decided && round) announce(round.outcome === "agreed" ? t("consent_agreed") : t("consent_not_agreed"), true);
  }
  if (event.kind === "pairs" && event.newRound && current && event.change.step_id === current.id) {
    const group = store.myGroup(current);
    if (group) announce(t("pair_new_round", { label: groupName(current, group.number) }), true);
  }
  if (event.kind === "ideas.revealed" && current && event.change.step_id === current.id) announce(t("private_revealed"));
  if (event.kind === "idea.added" && event.isNew && !phone.mine.has(event.change.idea.id)) {
    const step = store.currentStep();
    if (step && step.id === event.change.idea.step_id) announce(t("new_idea", { text: event.change.idea.text }));
  }
  render();
});

const live = connect({
  code,
  role: "participant",
  store,
  badgeHost: byId("conn"),
  onReconnected: flushOutbox,
  onFatal: (error) => {
    stageKey = "";
    ui.dock.hidden = true;
    ui.stage.hidden = true;
    fatalNotice(ui.content, error, { href: `/${code}`, label: t("join_again") });
  },
});
// The page keeps room below its content for the dock, however tall the dock is now.
if (window.ResizeObserver) {
  new ResizeObserver(() => document.body.style.setProperty("--dock-h", `${ui.dock.offsetHeight}px`)).observe(ui.dock);
}

live.socket.on("connect", render);
live.socket.on("disconnect", render);
