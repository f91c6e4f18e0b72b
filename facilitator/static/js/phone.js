// The participant's phone: one-handed, 360 px wide.
import { boot, t, h, byId, replace, setText, batched, newClientId, announce, confirmButton } from "./dom.js";
import { Store } from "./state.js";
import { connect, toast, fatalNotice } from "./live.js";
import { startTicker } from "./timer.js";
import { activityLabel, progressText, resultBars, ideaNote, IDEA_MAX } from "./views.js";

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
  const key = step ? JSON.stringify([step.id, step.title, step.prompt, step.activity, progressText(store)]) : "";
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
    h("h2", { class: "stage__title", text: step.title, testid: "step-title" }),
    step.prompt ? h("p", { class: "stage__prompt", text: step.prompt, testid: "step-prompt" }) : null);
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
    if (!open) parts.push(notice(t("submissions_closed"), "closed", "warn"));
    else dock = composer.form;
    parts.push(myIdeasSection(step, open));
    parts.push(wallSection(step.id));
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
  if (dock !== composer.form || !ui.dock.contains(composer.form)) replace(ui.dock, dock);
  ui.dock.hidden = !dock;
  document.body.classList.toggle("has-dock", Boolean(dock));
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
      if (step && step.activity === "dot_vote") live.sync();
    }
  }
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
live.socket.on("connect", render);
live.socket.on("disconnect", render);
