// The live connection: Socket.IO from our vendored ES module build, same origin.
// Applies snapshots and changes to the Store, detects revision gaps (then asks for `sync`),
// shows a connection badge and error toasts.
import { io } from "../vendor/socket.io.esm.min.js";
import { h, t, setText } from "./dom.js";

const ACK_TIMEOUT_MS = 10000;
const FATAL = new Set(["unknown_workshop", "not_facilitator", "not_participant", "bad_request"]);

/** A small toast area (created once per page). */
function toastArea() {
  let area = document.getElementById("toasts");
  if (!area) {
    area = h("div", { id: "toasts" });
    document.body.appendChild(area);
  }
  area.classList.add("toasts");
  area.dataset.testid = "toasts";
  area.setAttribute("aria-live", "assertive");
  area.setAttribute("role", "alert");
  return area;
}

const recentToasts = new Map();

/** Shows a short message for a few seconds; the same message twice within 1.5 s shows once. */
export function toast(message, kind = "error") {
  if (!message) return;
  const now = Date.now();
  if (now - (recentToasts.get(message) || 0) < 1500) return;
  recentToasts.set(message, now);
  const area = toastArea();
  const item = h("div", { class: ["toast", `toast--${kind}`], testid: "toast" },
    h("span", { class: "toast__text", text: message }),
    h("button", { type: "button", class: "toast__close", text: "×", aria: { label: t("close") } }));
  item.querySelector("button").addEventListener("click", () => item.remove());
  area.appendChild(item);
  while (area.children.length > 3) area.firstElementChild.remove();
  setTimeout(() => item.remove(), kind === "error" ? 6000 : 3500);
}

/** The connection badge: connected / reconnecting / offline. */
function badge(host) {
  const dot = h("span", { class: "conn__dot", attrs: { "aria-hidden": "true" } });
  const label = h("span", { class: "conn__label" });
  const node = h("span", { class: "conn", testid: "connection", attrs: { role: "status" } }, dot, label);
  if (host) host.replaceChildren(node);
  return {
    node,
    set(state) {
      if (node.dataset.state === state) return;
      node.dataset.state = state;
      setText(label, t(`conn_${state}`));
    },
  };
}

/**
 * Connects to the workshop. Returns {socket, send(event, payload) -> Promise<answer>, sync()}.
 * `onFatal({code, message})` runs when the server refuses us for good (e.g. lost cookie).
 * `onReady()` runs after every (re)connection and every snapshot: the time to send what waits.
 * (The server sends the snapshot from its connect handler, so the client may get it before its
 * own `connect` event: neither may wait for the other.)
 */
export function connect({ code, role, store, badgeHost, onFatal, onReady }) {
  const status = badge(badgeHost);
  status.set("connecting");
  // A websocket first: two round trips to the snapshot instead of long-polling's four (about half
  // a second on venue wifi, docs/performance.md); long-polling where a network lets no websocket by.
  const socket = io({ auth: { workshop: code, role }, reconnectionDelayMax: 4000,
    transports: ["websocket", "polling"], tryAllTransports: true });
  let syncing = false;
  let fatal = false;

  const update = () => {
    if (fatal) return status.set("offline");
    if (socket.connected) return status.set("connected");
    if (!navigator.onLine) return status.set("offline");
    status.set("reconnecting");
  };

  socket.on("connect", () => {
    update();
    if (onReady) onReady();
  });
  socket.on("disconnect", (reason) => {
    update();
    // The server dropped us on purpose (e.g. while restarting): come back by ourselves.
    if (reason === "io server disconnect" && !fatal) setTimeout(() => socket.connect(), 1000);
  });
  socket.io.on("reconnect_attempt", update);
  socket.io.on("reconnect_failed", () => status.set("offline"));
  window.addEventListener("online", () => { update(); if (!socket.connected && !fatal) socket.connect(); });
  window.addEventListener("offline", update);

  socket.on("connect_error", (err) => {
    const data = err && err.data;
    if (data && FATAL.has(data.code)) {
      fatal = true;
      update();
      socket.disconnect();
      if (onFatal) onFatal(data);
      return;
    }
    update();
    // A refusal by the server's middleware is not retried by the client: retry ourselves.
    if (!socket.active) setTimeout(() => { if (!fatal && !socket.connected) socket.connect(); }, 3000);
  });

  socket.on("snapshot", (snapshot) => {
    syncing = false;
    store.applySnapshot(snapshot);
    if (onReady) onReady();
  });

  const requestSync = () => {
    if (syncing || !socket.connected) return;
    syncing = true;
    socket.timeout(ACK_TIMEOUT_MS).emit("sync", {}, (err) => {
      if (err) syncing = false;
    });
  };

  socket.on("change", (change) => {
    if (store.applyChange(change) === "gap") requestSync();
  });
  // A delta we cannot apply (we missed the tally it was made from): ask for the whole.
  socket.on("tally", (tally) => { if (!store.setTally(tally)) socket.emit("tally.get", {}); });
  socket.on("presence", (presence) => store.setParticipants(presence.participants));
  socket.on("error", (error) => toast((error && error.message) || t("error_generic")));

  /**
   * Sends one event and resolves with the server's answer, or with
   * {ok: false, code: "offline" | "timeout"} when there was none (a toast says so).
   * Nothing is queued while offline: an action pressed then is not replayed later.
   */
  const send = (event, payload = {}) => new Promise((resolve) => {
    if (!socket.connected) {
      toast(t("error_offline"));
      resolve({ ok: false, code: "offline" });
      return;
    }
    socket.timeout(ACK_TIMEOUT_MS).emit(event, payload, (err, answer) => {
      if (err) {
        toast(t("error_timeout"));
        resolve({ ok: false, code: "timeout" });
        return;
      }
      resolve(answer && typeof answer === "object" ? answer : { ok: false, code: "bad_answer" });
    });
  });

  /** Like send(), but silent when offline or unanswered (for retried background work). */
  const sendQuietly = (event, payload = {}) => new Promise((resolve) => {
    if (!socket.connected) return resolve({ ok: false, code: "offline" });
    socket.timeout(ACK_TIMEOUT_MS).emit(event, payload, (err, answer) => {
      if (err) return resolve({ ok: false, code: "timeout" });
      resolve(answer && typeof answer === "object" ? answer : { ok: false, code: "bad_answer" });
    });
  });

  return { socket, send, sendQuietly, sync: requestSync, get connected() { return socket.connected; } };
}

/** A full-page notice for a refused connection (e.g. the participant cookie is gone). */
export function fatalNotice(host, { message }, link) {
  host.replaceChildren(h("section", { class: "fatal", testid: "fatal", attrs: { role: "alert" } },
    h("h2", { text: t("fatal_title") }),
    h("p", { text: message || t("error_generic") }),
    link ? h("a", { class: "btn btn--primary", href: link.href, text: link.label }) : null));
}
