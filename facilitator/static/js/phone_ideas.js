// My ideas on the phone: the outbox (outbox.js: it survives reloads and lost connections), the composer in
// the dock (never redrawn, so typing is never interrupted) and the list of my ideas with their
// edit and remove buttons.
import { t, h, setText, newClientId, announce, confirmButton } from "./dom.js";
import { toast } from "./live.js";
import { createOutbox, announceQueued, sendAgainButton } from "./outbox.js";
import { IDEA_MAX } from "./views.js";

/** `page`: {code, store, render(), send(), sendQuietly(), connected}. */
export function createIdeas(page) {
  const { store } = page;
  const ideas = {
    failed: [],                     // [{client_id, text, message}] refused for good
    mine: new Set(),                // ids of my ideas
    editing: null,                  // {id, draft, focus}
  };
  // Not yet acknowledged: [{id: client_id, event, payload: {client_id, text, step_id}}].
  const OUTBOX_KEY = `facilitator.outbox.${page.code}`;
  upgradeOutbox(OUTBOX_KEY);
  const outbox = createOutbox(OUTBOX_KEY, {
    onSent(item, answer) {
      if (answer.idea) {
        ideas.mine.add(answer.idea.id);
        store.upsertIdea(answer.idea);
      }
      announce(t("idea_sent"));
    },
    onRefused(item, answer) {
      ideas.failed.push({ client_id: item.id, text: item.payload.text, message: answer.message || t("error_generic") });
    },
    onChange: () => page.render(),
  });

  function submit(text) {
    const clean = text.trim();
    if (!clean) return false;
    if (clean.length > IDEA_MAX) {
      toast(t("idea_too_long", { max: IDEA_MAX }));
      return false;
    }
    const step = store.currentStep();
    const clientId = newClientId();
    outbox.put({ id: clientId, event: "idea.submit", payload: { client_id: clientId, text: clean, step_id: step ? step.id : undefined } });
    if (!page.connected) announceQueued(true);
    return true;
  }

  const composer = (() => {
    const field = h("textarea", {
      id: "idea-text", class: "composer__field", maxLength: IDEA_MAX, rows: 2, testid: "idea-input",
      placeholder: t("idea_placeholder"), attrs: { enterkeyhint: "send", autocomplete: "off" },
    });
    const counter = charCounter(IDEA_MAX, { testid: "idea-counter" });
    const button = h("button", { type: "submit", class: "btn btn--primary composer__send", text: t("send"), testid: "idea-send" });
    const label = h("label", { class: "sr-only", htmlFor: "idea-text", text: t("idea_label") });
    const form = h("form", { class: "composer", testid: "idea-form" }, label, field,
      h("div", { class: "composer__row" }, counter.node, button));
    const refresh = () => {
      counter.update(field.value.length);
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
      if (submit(field.value)) {
        field.value = "";
        refresh();
      }
    });
    refresh();
    // A half-typed idea belongs to its step: kept for it (and given back if the facilitator
    // steps back), never left in the box for the next question.
    const drafts = new Map();
    let draftStep = null;
    const switchTo = (stepId) => {
      if (stepId === draftStep) return;
      if (draftStep != null && field.value.trim()) drafts.set(draftStep, field.value);
      else drafts.delete(draftStep);
      field.value = drafts.get(stepId) || "";
      drafts.delete(stepId);
      draftStep = stepId;
      refresh();
    };
    return { form, field, switchTo };
  })();

  async function remove(id) {
    const answer = await page.send("idea.delete", { idea_id: id });
    if (answer.ok) {
      ideas.mine.delete(id);
      store.removeIdea(id);
    }
  }

  function editor(idea) {
    const field = h("textarea", { class: "mine__field", maxLength: IDEA_MAX, rows: 3, value: ideas.editing.draft,
      testid: "my-idea-field", aria: { label: t("edit_idea_label") } });
    field.addEventListener("input", () => { ideas.editing.draft = field.value; });
    const form = h("form", { class: "mine__editor" }, field,
      h("div", { class: "mine__actions" },
        h("button", { type: "button", class: "btn btn--small", text: t("cancel"),
          on: { click: () => { ideas.editing = null; page.render(); } } }),
        h("button", { type: "submit", class: "btn btn--small btn--primary", text: t("save"), testid: "my-idea-save" })));
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const text = field.value.trim();
      if (!text) return;
      const answer = await page.send("idea.edit", { idea_id: idea.id, text });
      if (answer.ok) {
        ideas.editing = null;
        store.upsertIdea(answer.idea);
      }
    });
    if (ideas.editing.focus) {
      ideas.editing.focus = false;
      requestAnimationFrame(() => { field.focus(); field.setSelectionRange(field.value.length, field.value.length); });
    }
    return h("li", { class: "mine__item mine__item--editing", testid: "my-idea", data: { ideaId: idea.id } }, form);
  }

  function item(className, testid, text, ...rest) {
    return h("li", { class: ["mine__item", className], testid }, h("p", { class: "mine__text", text }), ...rest);
  }

  /** My ideas of `step`: sent, on their way and refused; editable while `open`. */
  function section(step, open) {
    // My ideas the facilitator hid stay in my list, saying so (the walls leave them out).
    const mine = store.ideasOf(step.id, { includeHidden: true }).filter((i) => ideas.mine.has(i.id));
    const pending = outbox.items();
    if (!mine.length && !pending.length && !ideas.failed.length) {
      return open ? h("p", { class: "hint", text: t("idea_first_hint") }) : null;
    }
    const items = mine.map((idea) => {
      if (idea.hidden) {
        return h("li", { class: "mine__item mine__item--hidden", testid: "my-idea-hidden", data: { ideaId: idea.id } },
          h("p", { class: "mine__text", text: idea.text }),
          h("p", { class: "mine__state", text: t("idea_hidden_note") }));
      }
      if (ideas.editing && ideas.editing.id === idea.id && open) return editor(idea);
      return h("li", { class: "mine__item", testid: "my-idea", data: { ideaId: idea.id } },
        h("p", { class: "mine__text", text: idea.text }),
        open ? h("div", { class: "mine__actions" },
          h("button", { type: "button", class: "btn btn--small", text: t("edit"), testid: "my-idea-edit",
            on: { click: () => { ideas.editing = { id: idea.id, draft: idea.text, focus: true }; page.render(); } } }),
          confirmButton({ label: t("remove"), confirmLabel: t("remove_confirm"), testid: "my-idea-remove",
            confirmTestid: "my-idea-remove-confirm", onConfirm: () => remove(idea.id) })) : null);
    });
    for (const waiting of pending) {
      items.push(item("mine__item--pending", "my-idea-pending", waiting.payload.text,
        h("p", { class: "mine__state", text: outbox.sending(waiting.id) ? t("idea_sending") : t("idea_waiting_connection") }),
        h("div", { class: "mine__actions" }, sendAgainButton())));
    }
    for (const refused of ideas.failed) {
      items.push(item("mine__item--failed", "my-idea-failed", refused.text,
        h("p", { class: "mine__state", text: t("idea_not_sent", { reason: refused.message }) }),
        h("div", { class: "mine__actions" },
          h("button", { type: "button", class: "btn btn--small", text: t("dismiss"),
            on: { click: () => { ideas.failed = ideas.failed.filter((f) => f !== refused); page.render(); } } }))));
    }
    return h("section", { class: "mine", aria: { labelledby: "mine-heading" } },
      h("h3", { id: "mine-heading", class: "section-title", text: t("your_ideas", { count: mine.length + pending.length }) }),
      h("ul", { class: "mine__list", testid: "my-ideas" }, items));
  }

  return {
    state: ideas,
    composer,
    section,
    /** The composer of `step` with `placeholder` in it, for the dock. */
    composerWith(step, placeholder) {
      composer.switchTo(step.id);
      if (composer.field.placeholder !== placeholder) composer.field.placeholder = placeholder;
      return composer.form;
    },
    isMine: (id) => ideas.mine.has(id),
  };
}

/** An outbox an earlier version left ([{client_id, text}]) in today's shape, so that nothing
 * waiting on the phone across an upgrade is lost. */
function upgradeOutbox(key) {
  try {
    const saved = JSON.parse(localStorage.getItem(key) || "[]");
    if (!Array.isArray(saved) || !saved.some((i) => i && typeof i.client_id === "string" && !i.event)) return;
    localStorage.setItem(key, JSON.stringify(saved.map((i) => (i && !i.event && typeof i.client_id === "string"
      ? { id: i.client_id, event: "idea.submit", payload: { client_id: i.client_id, text: String(i.text || "") } } : i))));
  } catch (_) { /* unreadable: nothing to keep */ }
}

/**
 * "Characters left" under a text field on the phone of at most `max` characters: {node, update(length)}.
 */
export function charCounter(max, { length = 0, testid } = {}) {
  const node = h("span", { class: "composer__count", testid, attrs: { "aria-live": "off" } });
  const update = (now) => {
    setText(node, t("chars_left", { count: max - now }));
    node.classList.toggle("is-low", max - now < 20);
  };
  update(length);
  return { node, update };
}
