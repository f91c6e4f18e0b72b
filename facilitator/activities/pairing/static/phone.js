// Pair work on the phone: my pair's mark (shape, colour, number) to find each other by, then the pair's
// ideas written as in a brainstorm.
import { t, h, announce } from "/static/js/dom.js";
import { state, pairsFor, myGroup, myGroupChanged, groupName, groupStyle } from "./pairs.js";
import { pairMark } from "./marks.js";

export { state };

function pairCard(store, step) {
  const pairs = pairsFor(store, step);
  const group = myGroup(store, step);
  if (!group) {
    return h("section", { class: "hero pair-finding", testid: "pair-finding", attrs: { role: "status" } },
      h("div", { class: "hero__pulse", attrs: { "aria-hidden": "true" } }),
      h("h2", { text: t("pair_finding") }));
  }
  const others = group.size - 1;
  const names = group.partners || [];
  let withText;
  if (!others) withText = t("pair_alone");
  else if (names.length) withText = t("pair_with", { names: names.join(", ") });
  else withText = t("pair_find");
  return h("section", { class: "pair-card", testid: "pair-card",
    data: { number: group.number, symbol: group.symbol, round: pairs.round, size: group.size },
    style: groupStyle(group.colour), attrs: { role: "status" } },
  h("span", { class: "pair-card__round", text: t("pair_round", { round: pairs.round }), testid: "pair-round" }),
  pairMark(group, "pair-card__symbol"),
  h("h2", { class: "pair-card__name", text: groupName(step, group.number), testid: "pair-name" }),
  h("p", { class: "pair-card__with", text: withText, testid: "pair-with" }),
  names.length && names.length < others ? h("p", { class: "pair-card__hint", text: t("pair_find") }) : null);
}

export function render(step, page) {
  const card = pairCard(page.store, step);
  if (!myGroup(page.store, step)) return { parts: [card] };
  if (step.options.talk_only) return { parts: [card, page.notice(t("pair_talk_only"), "pair-talk-only")] };
  const writing = page.writing(step, { placeholder: t("pair_idea_placeholder") });
  return {
    parts: [card, h("h3", { class: "pair-ideas-title", text: t("pair_ideas_heading"), testid: "pair-ideas-heading" }), ...writing.parts],
    dock: writing.dock,
  };
}

/** Which group is mine comes only in my own snapshot (no phone hears another's id): after a
 * change that may have moved me, ask for one; a new round is announced once my group is known. */
let toAnnounce = false;

export function onEvent(event, page) {
  const current = page.store.currentStep();
  if (!current || current.activity !== "pairing") return;
  if (event.kind === "pairs" && event.change.step_id === current.id) {
    if (event.newRound) toAnnounce = true;
    if (myGroupChanged(page.store, event.change)) page.sync();
  }
  const group = myGroup(page.store, current);
  if (group && toAnnounce) {
    toAnnounce = false;
    announce(t("pair_new_round", { label: groupName(current, group.number) }), true);
  }
}
