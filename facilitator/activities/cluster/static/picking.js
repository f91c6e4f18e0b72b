// Picking ideas on the clustering board (60 and more): a box on every card, Ctrl/Cmd-click and
// Shift-click as in a file manager, Space on a focused card, arrows between cards; the picked
// ideas move together with the bar's menu (M focuses it) or a number key (1-9: that cluster,
// 0: back to unsorted); Ctrl+Z undoes the last move. The bar stays in view with the clusters
// while the unsorted ideas scroll.
import { t, h } from "/static/js/dom.js";
import { moveIdeas, undo } from "./moves.js";

const picked = new Set();   // idea ids
let anchor = null;          // the idea a Shift-click selects from
let current = null;         // {board, ctx, source}

const CARD = "[data-testid=idea]";
const isTyping = (el) => el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

function cardsOf(board) {
  return [...board.querySelectorAll(CARD)];
}

function sync(board) {
  for (const card of cardsOf(board)) {
    const on = picked.has(Number(card.dataset.ideaId));
    card.classList.toggle("card--picked", on);
    const box = card.querySelector("[data-testid=idea-pick]");
    if (box) box.checked = on;
  }
  const bar = board.querySelector("[data-testid=pick-bar]");
  if (!bar) return;
  bar.querySelector("[data-testid=pick-count]").textContent = picked.size
    ? t("picked_count", { count: picked.size }) : t("pick_hint");
  for (const control of bar.querySelectorAll("[data-needs-pick]")) control.disabled = !picked.size;
}

function toggle(board, ideaId, on = !picked.has(ideaId)) {
  if (on) picked.add(ideaId); else picked.delete(ideaId);
  anchor = ideaId;
  sync(board);
}

function pickRange(board, ideaId) {
  const list = board.querySelector(`${CARD}[data-idea-id="${ideaId}"]`)?.parentElement;
  const ids = [...list.querySelectorAll(`:scope > ${CARD}`)].map((c) => Number(c.dataset.ideaId));
  const from = ids.indexOf(anchor);
  const to = ids.indexOf(ideaId);
  if (from < 0) return toggle(board, ideaId, true);
  for (const id of ids.slice(Math.min(from, to), Math.max(from, to) + 1)) picked.add(id);
  sync(board);
}

async function moveTo(clusterId) {
  if (!current || !picked.size) return;
  // In the board's order, so the ideas keep the order they had.
  const cards = cardsOf(current.board);
  const order = cards.map((c) => Number(c.dataset.ideaId)).filter((id) => picked.has(id));
  const place = cards.findIndex((c) => picked.has(Number(c.dataset.ideaId)));
  const answer = await moveIdeas(current.ctx, order, clusterId);
  if (!answer.ok) return;
  picked.clear();
  anchor = null;
  // The keyboard goes on where the moved ideas were, once the board is redrawn.
  setTimeout(() => {
    if (!current) return;
    const left = cardsOf(current.board).filter((c) => !order.includes(Number(c.dataset.ideaId)));
    (left[Math.min(place, left.length - 1)] || current.board.querySelector("[data-testid=pick-target]"))?.focus();
  }, 200);
}

function bar(ctx, clusters) {
  const menu = h("select", { class: "input input--small pick-bar__menu", testid: "pick-target", aria: { label: t("pick_move_label") } },
    h("option", { value: "", text: t("move_to"), selected: true, disabled: true }),
    h("option", { value: "unsorted", text: `0 · ${t("unsorted")}` }),
    clusters.map((c, i) => h("option", { value: String(c.id), text: i < 9 ? `${i + 1} · ${c.title}` : c.title })));
  const move = () => {
    if (!menu.value) return menu.focus();
    moveTo(menu.value === "unsorted" ? null : Number(menu.value));
  };
  menu.addEventListener("keydown", (e) => { if (e.key === "Enter") { e.preventDefault(); move(); } });
  return h("div", { class: "pick-bar", role: "toolbar", testid: "pick-bar", aria: { label: t("pick_bar_label") } },
    h("span", { class: "pick-bar__count", testid: "pick-count", aria: { live: "polite" } }),
    menu,
    h("button", { type: "button", class: "btn btn--primary", text: t("pick_move"), testid: "pick-move",
      data: { needsPick: "1" }, on: { click: move } }),
    h("button", { type: "button", class: "btn", text: t("pick_clear"), testid: "pick-clear", data: { needsPick: "1" },
      on: { click: () => { picked.clear(); sync(current.board); } } }),
    h("button", { type: "button", class: "btn", text: t("cluster_undo"), testid: "cluster-undo",
      title: t("cluster_undo_hint"), on: { click: () => undo(ctx) } }),
    h("p", { class: "pick-bar__keys", text: t("pick_keys") }));
}

function onKey(event) {
  if (!current || !current.board.isConnected) return;
  const { board } = current;
  const card = event.target.closest && event.target.closest(CARD);
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "z" && !isTyping(event.target)) {
    event.preventDefault();
    undo(current.ctx);
    return;
  }
  // Only on the card itself: Space on its Hide button still presses the button.
  if (!card || event.target !== card || !board.contains(card) || event.ctrlKey || event.metaKey || event.altKey) return;
  const id = Number(card.dataset.ideaId);
  if (event.key === " ") {
    event.preventDefault();
    if (event.shiftKey) pickRange(board, id); else toggle(board, id);
  } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
    event.preventDefault();
    const cards = cardsOf(board);
    const next = cards[cards.indexOf(card) + (event.key === "ArrowDown" ? 1 : -1)];
    if (next) next.focus();
  } else if (event.key === "Escape" && picked.size) {
    picked.clear();
    sync(board);
  } else if (event.key.toLowerCase() === "m" && picked.size) {
    event.preventDefault();
    board.querySelector("[data-testid=pick-target]").focus();
  } else if (/^[0-9]$/.test(event.key) && picked.size) {
    const clusters = current.ctx.store.clustersOf(current.source);
    const number = Number(event.key);
    if (number === 0) moveTo(null);
    else if (clusters[number - 1]) moveTo(clusters[number - 1].id);
  }
}

let listening = false;

/** The core board's hook: runs after each redraw of the board. */
export function decorateBoard(board, ctx, source) {
  if (!board) return;
  if (!listening) { document.addEventListener("keydown", onKey); listening = true; }
  current = { board, ctx, source };
  const present = new Set(cardsOf(board).map((c) => Number(c.dataset.ideaId)));
  for (const id of [...picked]) if (!present.has(id)) picked.delete(id);
  board.classList.add("board--clustering");
  // The clusters and the bar stay in view (CSS: sticky) while the unsorted ideas scroll.
  const side = h("div", { class: "cluster-side", testid: "cluster-side" }, bar(ctx, ctx.store.clustersOf(source)));
  for (const node of [...board.children]) if (!node.matches("[data-testid=unsorted]")) side.appendChild(node);
  board.appendChild(side);
  for (const card of cardsOf(board)) {
    const text = card.querySelector(".card__text")?.textContent || "";
    card.tabIndex = 0;
    card.prepend(h("label", { class: "card__pick", title: t("pick_one") },
      h("input", { type: "checkbox", testid: "idea-pick", aria: { label: t("pick_idea", { text }) },
        on: { change: (e) => toggle(board, Number(card.dataset.ideaId), e.target.checked) } })));
  }
  board.addEventListener("click", (event) => {
    const card = event.target.closest(CARD);
    if (!card || event.target.closest("button, select, input, label, a")) return;
    const id = Number(card.dataset.ideaId);
    if (event.shiftKey) pickRange(board, id);
    else if (event.ctrlKey || event.metaKey) toggle(board, id);
  });
  sync(board);
}
