// Ranking on the phone, one-handed: tap the options in order (the first tap is your first
// choice), with Undo and Start over; send the order from the dock. The options come in this
// phone's own order. The order waits in an outbox until the server has it (one per step, the
// latest replacing the one before).
import { t, h, announce } from "/static/js/dom.js";
import { toast } from "/static/js/live.js";
import { createOutbox, notSentNote, announceQueued } from "/static/js/outbox.js";
import { state, optionsOf, ownOrder, resultOf, resultList } from "./options.js";

export { state };

// This phone's order being made (option ids), and the one the server has.
const draft = { stepId: null, order: [], saved: null };
let box = null;

function outboxOf(page) {
  if (!box) {
    box = createOutbox(`facilitator.ranking.${page.code}`, {
      onSent(item, answer) {
        if (item.step_id === draft.stepId && Array.isArray(answer.order)) {
          draft.saved = answer.order;
          announce(t("ranking_sent"));
        }
      },
      onRefused: (item, answer) => toast(answer.message || t("error_generic")),
      onChange: () => page.render(),
    });
  }
  return box;
}

function send(page, step) {
  outboxOf(page).put({ id: `rank:${step.id}`, event: "ranking.submit", step_id: step.id,
    payload: { order: [...draft.order], step_id: step.id } });
  if (!page.connected) announceQueued(true);
}

function pick(page, option, total) {
  draft.order = [...draft.order, option.id];
  announce(t("ranking_picked", { place: draft.order.length, text: option.text }));
  if (draft.order.length === total - 1) announce(t("ranking_complete"), true);
  page.render();
}

/** Takes back the last tap (the option placed last by itself goes back with it). */
function undo(page, options) {
  draft.order = draft.order.slice(0, draft.order.length === options.length ? -2 : -1);
  page.render();
}

function chosenList(options) {
  const byId = new Map(options.map((o) => [o.id, o]));
  return h("ol", { class: "rchosen", testid: "ranking-chosen", data: { count: draft.order.length } },
    draft.order.map((id, index) => h("li", { class: "rchosen__item", testid: "ranking-chosen-item", data: { optionId: id } },
      h("span", { class: "rchosen__place", text: String(index + 1), attrs: { "aria-hidden": "true" } }),
      h("span", { class: "rchosen__text", text: byId.get(id) ? byId.get(id).text : "" }))));
}

function pickList(page, options, open) {
  const left = options.filter((o) => !draft.order.includes(o.id));
  if (!left.length) return null;
  return h("div", { class: "rpick" },
    h("p", { class: "section-title", id: "ranking-pick-heading",
      text: draft.order.length ? t("ranking_next_choice", { place: draft.order.length + 1 }) : t("ranking_first_choice") }),
    h("ul", { class: "rpick__list", attrs: { role: "list" }, aria: { labelledby: "ranking-pick-heading" } }, left.map((option) =>
      h("li", {}, h("button", { type: "button", class: "btn rpick__option", testid: "ranking-option", data: { optionId: option.id },
        disabled: !open, text: option.text, on: { click: () => pick(page, option, options.length) } })))));
}

function dock(page, step, options) {
  const complete = draft.order.length === options.length && options.length > 0;
  const waiting = outboxOf(page).get(`rank:${step.id}`);
  const same = draft.saved && draft.saved.join() === draft.order.join();
  return h("div", { class: "rdock", testid: "ranking-dock" },
    waiting ? notSentNote(outboxOf(page).sending(waiting.id), "ranking-not-sent") : null,
    h("button", { type: "button", class: "btn btn--primary btn--big btn--block", testid: "ranking-send",
      text: same ? t("ranking_sent_short") : t("ranking_send"), disabled: !complete || same || Boolean(waiting),
      on: { click: () => send(page, step) } }),
    h("div", { class: "rdock__row" },
      h("button", { type: "button", class: "btn rdock__undo", text: t("ranking_undo"), testid: "ranking-undo",
        disabled: !draft.order.length, on: { click: () => undo(page, options) } }),
      h("button", { type: "button", class: "btn rdock__undo", text: t("ranking_clear"), testid: "ranking-clear",
        disabled: !draft.order.length, on: { click: () => { draft.order = []; page.render(); } } })));
}

export function render(step, page) {
  outboxOf(page);
  if (draft.stepId !== step.id) Object.assign(draft, { stepId: step.id, order: [], saved: null });
  const options = ownOrder(optionsOf(page.store, step), step.id, page.store.me ? page.store.me.id : 0);
  // One left: it can only be last, so it takes its place without a tap.
  const left = options.filter((o) => !draft.order.includes(o.id));
  if (left.length === 1 && draft.order.length) draft.order = [...draft.order, left[0].id];
  if (step.results_revealed) {
    return { parts: [h("section", { class: "results" }, h("h3", { class: "section-title", text: t("results_heading") }),
      resultList(resultOf(page.store, step)))] };
  }
  if (!options.length) return { parts: [page.notice(t("ranking_waiting"), "ranking-waiting")] };
  const open = step.submissions_open;
  return {
    parts: [
      open ? h("p", { class: "hint", text: t("ranking_hint") }) : page.notice(t("ranking_closed"), "closed", "warn"),
      draft.saved && draft.saved.join() === draft.order.join()
        ? h("p", { class: "notice", testid: "ranking-mine", attrs: { role: "status" }, text: t("ranking_sent") }) : null,
      draft.order.length ? chosenList(options) : null,
      pickList(page, options, open),
    ],
    dock: open ? dock(page, step, options) : null,
  };
}

/** What this phone ranked comes with the snapshot (me.ranking); a new step starts empty. */
export function onEvent(event, page) {
  outboxOf(page);
  const step = page.store.currentStep();
  if (event.kind === "snapshot") {
    const saved = page.store.me && page.store.me.ranking;
    if (saved && step && saved.step_id === step.id) {
      const waiting = outboxOf(page).get(`rank:${step.id}`);
      Object.assign(draft, { stepId: step.id, saved: saved.saved,
        order: waiting ? waiting.payload.order : (draft.stepId === step.id && draft.order.length ? draft.order : saved.saved || []) });
    }
  } else if (event.kind === "ranking.options" && draft.stepId === event.change.step_id) {
    // The facilitator changed the options: an order begun over the old ones starts over.
    const ids = new Set((event.change.options || []).map((o) => o.id));
    draft.order = draft.order.filter((id) => ids.has(id));
  }
}
