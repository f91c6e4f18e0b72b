// DOM helpers. User text only ever goes in through textContent / text nodes: nothing here
// parses HTML, so an idea saying "<img onerror=...>" is shown as those characters.

let bootData = null;

/** The JSON the server put in <script type="application/json" id="boot">. */
export function boot() {
  if (!bootData) {
    const node = document.getElementById("boot");
    bootData = node ? JSON.parse(node.textContent) : { strings: {} };
    bootData.strings = bootData.strings || {};
  }
  return bootData;
}

/** A UI string by key, with {name} placeholders filled from `params`. */
export function t(key, params) {
  const strings = boot().strings;
  let text = Object.prototype.hasOwnProperty.call(strings, key) ? strings[key] : null;
  if (text == null) {
    console.warn(`facilitator: missing UI string ${key}`);
    text = key;
  }
  return fill(text, params);
}

/** `text` with its {name} placeholders filled from `params` (those not given stay as they are). */
export function fill(text, params) {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole);
}

const PROPS = new Set(["id", "type", "name", "value", "checked", "disabled", "hidden", "placeholder",
  "maxLength", "min", "max", "step", "rows", "htmlFor", "title", "readOnly", "required",
  "autocomplete", "inputMode", "tabIndex", "href", "selected", "open"]);

/**
 * Creates an element. `props`: class, text, testid, data {..}, attrs {..}, aria {..},
 * on {event: fn}, style {..}, and plain properties (type, value, disabled, ...).
 * Children: nodes, strings (as text), numbers, arrays, null/false (skipped).
 */
export function h(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false && key !== "value") continue;
    if (key === "class") node.className = Array.isArray(value) ? value.filter(Boolean).join(" ") : value;
    else if (key === "text") node.textContent = String(value);
    else if (key === "testid") node.dataset.testid = value;
    else if (key === "data") for (const [k, v] of Object.entries(value)) { if (v != null) node.dataset[k] = String(v); }
    else if (key === "aria") for (const [k, v] of Object.entries(value)) { if (v != null) node.setAttribute(`aria-${k}`, String(v)); }
    else if (key === "attrs") for (const [k, v] of Object.entries(value)) { if (v != null && v !== false) node.setAttribute(k, v === true ? "" : String(v)); }
    else if (key === "style") Object.assign(node.style, value);
    else if (key === "on") for (const [event, fn] of Object.entries(value)) node.addEventListener(event, fn);
    else if (PROPS.has(key)) node[key] = value;
    else node.setAttribute(key, String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child == null || child === false || child === true) continue;
    if (Array.isArray(child)) append(node, child);
    else if (child instanceof Node) node.appendChild(child);
    else node.appendChild(document.createTextNode(String(child)));
  }
}

/** Replaces all children of `node`. */
export function replace(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

export function setText(node, text) {
  const value = text == null ? "" : String(text);
  if (node.textContent !== value) node.textContent = value;
}

export function byId(id) {
  return document.getElementById(id);
}

/** A fresh client id: 32 characters of [0-9a-f] (the protocol allows 8-64 of A-Za-z0-9_-). */
export function newClientId() {
  if (window.crypto && typeof window.crypto.randomUUID === "function") {
    return window.crypto.randomUUID().replace(/-/g, "");
  }
  const bytes = new Uint8Array(16);
  window.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Calls `fn` once per animation frame at most, however often `schedule()` is called.
 */
export function batched(fn) {
  let queued = false;
  return function schedule() {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      fn();
    });
  };
}

/** True while the user is typing in a field inside `section` (so we should not redraw it). */
export function isEditingInside(section) {
  const active = document.activeElement;
  return Boolean(section && active && section.contains(active) &&
    active.matches("input:not([type=button]):not([type=submit]), textarea, select"));
}

/** A screen-reader announcement through a polite (or assertive) live region. */
export function announce(text, assertive = false) {
  const id = assertive ? "sr-alert" : "sr-status";
  let region = byId(id);
  if (!region) {
    region = h("div", { id, class: "sr-only", attrs: { "aria-live": assertive ? "assertive" : "polite", role: assertive ? "alert" : "status" } });
    document.body.appendChild(region);
  }
  region.textContent = "";
  // A separate frame so repeated identical messages are announced again.
  requestAnimationFrame(() => { region.textContent = text; });
}

/**
 * Announces what comes in bursts (ideas arriving) without a flood: the first at once, then one
 * summary `many(count)` every `ms` while more keep coming. Returns say(text).
 */
export function burstAnnouncer(one, many, ms = 2500) {
  let count = 0;
  let timer = null;
  const flush = () => {
    timer = null;
    if (!count) return;
    announce(many(count));
    count = 0;
    timer = setTimeout(flush, ms);
  };
  return (text) => {
    if (timer !== null) { count += 1; return; }
    announce(one(text));
    timer = setTimeout(flush, ms);
  };
}

/** Copies text to the clipboard; works on plain-http LAN addresses too (no Clipboard API there). */
export async function copyText(text, input) {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch (_) { /* fall through */ }
  const field = input || h("textarea", { value: text, readOnly: true, style: { position: "fixed", opacity: "0" } });
  if (!input) document.body.appendChild(field);
  field.focus();
  field.select();
  let copied = false;
  try { copied = document.execCommand("copy"); } catch (_) { copied = false; }
  if (!input) field.remove();
  return copied;
}

/** A two-press confirmation: the first press arms the button, the second (within 4 s) acts. */
export function confirmButton({ label, confirmLabel, testid, confirmTestid, className, onConfirm, ariaLabel }) {
  const button = h("button", { type: "button", class: className || "btn btn--small btn--danger-quiet", text: label, testid, aria: { label: ariaLabel } });
  let timer = null;
  button.addEventListener("click", () => {
    if (button.dataset.armed === "1") {
      clearTimeout(timer);
      button.dataset.armed = "0";
      onConfirm();
      return;
    }
    button.dataset.armed = "1";
    button.textContent = confirmLabel;
    if (confirmTestid) button.dataset.testid = confirmTestid;
    button.classList.add("is-armed");
    button.setAttribute("aria-label", confirmLabel);
    timer = setTimeout(() => {
      button.dataset.armed = "0";
      button.textContent = label;
      if (testid) button.dataset.testid = testid;
      button.classList.remove("is-armed");
      if (ariaLabel) button.setAttribute("aria-label", ariaLabel); else button.removeAttribute("aria-label");
    }, 4000);
  });
  return button;
}
