// Suggested themes on the console: the server groups the unsorted ideas (suggestions.py) and
// the facilitator accepts a theme (its title maybe edited), dismisses it, or merges two
// near-duplicates. Nothing is applied without a press here; each acceptance is one undoable move.
import { t, h, replace, newClientId, announce, isEditingInside } from "/static/js/dom.js";
import { send } from "./moves.js";

const WORD = /[\p{L}]+(?:[-'’][\p{L}]+)*/gu;

/** The idea's text with the shared words (as typed) marked. */
function marked(text, words) {
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    if (!words.has(match[0])) continue;
    parts.push(text.slice(last, match.index), h("mark", { class: "theme__word", text: match[0] }));
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

export function createThemes(ctx) {
  let offered = { themes: [], merges: [] };
  let askedFor = null;    // the ids of the unsorted ideas the suggestions were made for (a Set)
  let asking = false;
  const titles = new Map(); // theme number -> the title as the facilitator edited it
  // Themes whose acceptance is on its way: the board redraws as each of its ideas moves, and a
  // redrawn card must not offer the same theme again (a second press would make a second cluster).
  const accepting = new Set();
  const el = h("section", { class: "themes", testid: "themes", aria: { labelledby: "themes-heading" } });

  function unsorted() {
    const source = ctx.boardSource();
    return source == null ? [] : ctx.store.groups(source).unsorted.filter((i) => !i.hidden).map((i) => i.id);
  }

  async function ask() {
    const source = ctx.boardSource();
    if (source == null || asking) return;
    asking = true;
    const wanted = new Set(unsorted());
    const answer = await ctx.send("cluster.suggest", { step_id: source });
    asking = false;
    if (answer.ok) {
      // Numbered, so that a theme keeps its identity while ideas leave it.
      let n = 0;
      offered = { themes: answer.themes.map((x) => ({ ...x, n: n++ })), merges: answer.merges.map((x) => ({ ...x, n: n++ })) };
      titles.clear();
      askedFor = wanted;
    }
    draw();
  }

  async function accept(theme, button) {
    if (accepting.has(theme.n)) return;
    accepting.add(theme.n);
    button.disabled = true; // not redrawn here: the press's own button stays where it was pressed
    const title = (titles.get(theme.n) ?? theme.title).trim() || theme.title;
    const answer = await send(ctx, "cluster.accept", { client_id: newClientId(), title, idea_ids: theme.idea_ids });
    accepting.delete(theme.n);
    if (answer.ok) {
      offered.themes = offered.themes.filter((x) => x.n !== theme.n);
      announce(t("theme_accepted", { title, count: theme.idea_ids.length }));
    }
    draw();
  }

  async function dismiss(item, list) {
    const answer = await send(ctx, "cluster.dismiss", { idea_ids: item.idea_ids });
    if (answer.ok) { offered[list] = offered[list].filter((x) => x.n !== item.n); draw(); }
  }

  async function merge(pair) {
    const [keep, drop] = pair.idea_ids;
    const answer = await send(ctx, "cluster.merge", { keep_id: keep, drop_id: drop });
    if (answer.ok) { offered.merges = offered.merges.filter((x) => x.n !== pair.n); announce(t("merged")); draw(); }
  }

  function ideaLine(id, words) {
    const idea = ctx.store.ideas.get(id);
    return idea ? h("li", { class: "theme__idea", testid: "theme-idea" }, marked(idea.text, words)) : null;
  }

  function themeCard(theme, index) {
    const words = new Set(theme.words);
    const input = h("input", { class: "input input--small theme__title", value: titles.get(theme.n) ?? theme.title,
      maxLength: 80, testid: "theme-title", aria: { label: t("theme_title_label", { number: index + 1 }) } });
    input.addEventListener("input", () => titles.set(theme.n, input.value));
    const acceptButton = h("button", { type: "button", class: "btn btn--primary", text: t("theme_accept"), testid: "theme-accept",
      disabled: accepting.has(theme.n) });
    acceptButton.addEventListener("click", () => accept(theme, acceptButton));
    input.addEventListener("keydown", (e) => { if (e.key === "Enter") { e.preventDefault(); accept(theme, acceptButton); } });
    return h("li", { class: "theme", testid: "theme", data: { ideas: theme.idea_ids.join(",") } },
      h("div", { class: "theme__head" }, input,
        h("span", { class: "column__count", text: String(theme.idea_ids.length) })),
      h("ul", { class: "theme__ideas" }, theme.idea_ids.map((id) => ideaLine(id, words))),
      h("div", { class: "theme__actions" }, acceptButton,
        h("button", { type: "button", class: "btn", text: t("theme_dismiss"), testid: "theme-dismiss",
          on: { click: () => dismiss(theme, "themes") } })));
  }

  function mergeCard(pair) {
    const words = new Set(pair.words);
    return h("li", { class: "theme theme--merge", testid: "merge" },
      h("p", { class: "theme__label", text: t("merge_question") }),
      h("ul", { class: "theme__ideas" }, pair.idea_ids.map((id) => ideaLine(id, words))),
      h("div", { class: "theme__actions" },
        h("button", { type: "button", class: "btn btn--primary", text: t("merge_accept"), testid: "merge-accept",
          on: { click: () => merge(pair) } }),
        h("button", { type: "button", class: "btn", text: t("merge_dismiss"), testid: "merge-dismiss",
          on: { click: () => dismiss(pair, "merges") } })));
  }

  function draw() {
    // An idea grouped (or hidden, or deleted) since is left out; a theme of fewer than two goes.
    const free = new Set(unsorted());
    const shown = offered.themes.map((theme) => ({ ...theme, idea_ids: theme.idea_ids.filter((id) => free.has(id)) }))
      .filter((theme) => theme.idea_ids.length >= 2);
    offered.merges = offered.merges.filter((pair) => pair.idea_ids.every((id) => ctx.store.ideas.has(id) && !ctx.store.ideas.get(id).hidden));
    const count = shown.length + offered.merges.length;
    replace(el,
      h("header", { class: "themes__head" },
        h("h3", { id: "themes-heading", class: "themes__heading", text: t("themes_heading") }),
        h("p", { class: "themes__hint", text: count ? t("themes_hint") : t("themes_none") }),
        h("button", { type: "button", class: "btn", text: t("themes_refresh"), testid: "themes-refresh", on: { click: ask } })),
      count ? h("ol", { class: "themes__list" }, shown.map(themeCard), offered.merges.map(mergeCard)) : null);
  }

  return {
    el,
    update() {
      // Ask again when an idea is unsorted that the suggestions did not see (a new one, or one
      // put back); ideas grouped since only leave their themes. Not while the facilitator types here.
      if (isEditingInside(el)) return;
      if (askedFor == null || unsorted().some((id) => !askedFor.has(id))) ask();
      else draw();
    },
  };
}
