// Pair work on the projector: every pair's mark (shape, colour and number), to find each other by.
import { t, h } from "/static/js/dom.js";
import { tn } from "/static/js/plural.js";
import { state, pairsFor, inGroups, groupName } from "./pairs.js";
import { pairMark } from "./marks.js";

export { state };

export function render(step, page) {
  const pairs = pairsFor(page.store, step);
  if (!pairs || !pairs.groups.length) return { content: h("p", { class: "wall__empty", testid: "pairs-waiting", text: t("screen_pairs_waiting") }) };
  const find = inGroups(step) ? t("screen_groups_find") : t("screen_pairs_find");
  return { content: h("div", { class: "pairs", testid: "pairs", data: { round: pairs.round, groups: pairs.groups.length } },
    h("p", { class: "pairs__banner" },
      h("span", { class: "tag tag--light", text: t("pair_round", { round: pairs.round }), testid: "pair-round" }),
      h("span", { class: "pairs__find", text: find })),
    h("ul", { class: "pairs__grid", data: { many: pairs.groups.length > 12 ? "1" : "0" } }, pairs.groups.map((group) =>
      h("li", { class: "pair-tile", testid: "pair-tile", data: { number: group.number, members: group.size, paged: "" },
        style: { borderColor: group.colour } },
      pairMark(group, "pair-tile__symbol"),
      h("span", { class: "pair-tile__name", text: groupName(step, group.number) }),
      h("span", { class: "pair-tile__people", text: tn("pairs_people", group.size, { count: group.size }) }))))) };
}
