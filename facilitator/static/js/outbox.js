// What a phone has given but the server has not yet acknowledged: ideas, dots, answers. Each
// outbox is kept in localStorage per workshop code, so that it survives a lost connection and a
// reload, and is sent again on every (re)connection and snapshot, on the browser's `online`
// event and on a timer while anything waits. Items carry their client ids (or, for an answer,
// one key per step and round, the latest value replacing the one before), so a retry never
// doubles.
import { t, h, announce } from "./dom.js";

const RETRY_MS = 3000;
const GIVE_UP = new Set(["offline", "timeout", "rate_limited", "internal", "bad_answer"]);
const boxes = new Set();
let timer = null;
let sender = null;

/** Where every outbox sends: `send(event, payload)` resolves with the server's answer (as
 * live.js sendQuietly); `connected()` says whether to try now. */
export function deliverThrough(send, connected) {
  sender = { send, connected };
}

/** Sends what waits in every outbox (on connect, snapshot, `online`, the timer, "Send again"). */
export function deliverAll() {
  for (const box of boxes) box.flush();
}

/** How many items wait in all the outboxes. */
export function waiting() {
  let count = 0;
  for (const box of boxes) count += box.items().length;
  return count;
}

function schedule() {
  if (timer || !waiting()) return;
  timer = setTimeout(() => { timer = null; deliverAll(); schedule(); }, RETRY_MS);
}

window.addEventListener("online", () => setTimeout(deliverAll, 300));

/** Tells a screen reader an item is kept on the phone, or gone to the server. */
export function announceQueued(queued, sentText) {
  announce(queued ? t("saved_on_phone") : sentText);
}

/** "Send again": sends everything that waits now (the connection may be back before we noticed). */
export function sendAgainButton() {
  return h("button", { type: "button", class: "btn btn--small", text: t("send_again"), testid: "send-again",
    on: { click: () => { if (sender && !sender.connected()) announceQueued(true); deliverAll(); } } });
}

/** The line under what is not sent yet: "Saved on this phone…" (or "Sending…") and "Send again". */
export function notSentNote(sending, testid = "not-sent") {
  return h("div", { class: "not-sent", testid, attrs: { role: "status" } },
    h("span", { class: "not-sent__text", text: sending ? t("answer_sending") : t("saved_on_phone") }),
    sending ? null : sendAgainButton());
}

/**
 * One outbox, stored under `key`. `onSent(item, answer)` runs when the server took an item,
 * `onRefused(item, answer)` when it refused it for good (the item is dropped), `onChange()`
 * after anything changed. Items: {id, event, payload, ...anything the owner keeps}.
 */
export function createOutbox(key, { onSent, onRefused, onChange }) {
  let items = load(key);
  const inflight = new Map(); // id -> the item's `seq` on its way
  let seq = items.reduce((most, i) => Math.max(most, i.seq || 0), 0);

  function save() {
    try {
      if (items.length) localStorage.setItem(key, JSON.stringify(items));
      else localStorage.removeItem(key);
    } catch (_) { /* private mode: the outbox still lives in memory */ }
  }

  function drop(id) {
    items = items.filter((i) => i.id !== id);
    save();
  }

  function sendOne(item) {
    inflight.set(item.id, item.seq);
    sender.send(item.event, item.payload).then((answer) => {
      inflight.delete(item.id);
      const now = items.find((i) => i.id === item.id);
      const same = now && now.seq === item.seq;
      if (answer.ok) {
        if (same) drop(item.id);
        if (onSent) onSent(item, answer, same);
      } else if (!GIVE_UP.has(answer.code)) {
        if (same) drop(item.id);
        if (same && onRefused) onRefused(item, answer);
      }
      if (now && !same && sender.connected()) sendOne(now); // a newer value came meanwhile: it goes next
      onChange();
      schedule();
    });
  }

  const box = {
    items: () => items,
    has: (id) => items.some((i) => i.id === id),
    get: (id) => items.find((i) => i.id === id) || null,
    /** Is the item on its way now (sent, no answer yet)? */
    sending: (id) => inflight.has(id),
    /** Adds `item`, replacing one with the same id, and tries to send it at once. */
    put(item) {
      seq += 1;
      items = items.filter((i) => i.id !== item.id).concat({ ...item, seq });
      save();
      box.flush();
      onChange();
      return items[items.length - 1];
    },
    /** Takes an item back before it went (e.g. a dot added and taken back offline). */
    remove(id) {
      if (inflight.has(id)) return false;
      drop(id);
      onChange();
      return true;
    },
    flush() {
      if (!sender || !sender.connected()) return schedule();
      for (const item of items) if (!inflight.has(item.id)) sendOne(item);
      schedule();
    },
  };
  boxes.add(box);
  // Made after the first snapshot (an activity type's box, made as its step is drawn): what
  // waits from before a reload goes now, or on the timer.
  setTimeout(box.flush, 0);
  return box;
}

function load(key) {
  try {
    const saved = JSON.parse(localStorage.getItem(key) || "[]");
    return Array.isArray(saved) ? saved.filter((i) => i && typeof i.id === "string" && typeof i.event === "string"
      && i.payload && typeof i.payload === "object") : [];
  } catch (_) {
    return [];
  }
}
