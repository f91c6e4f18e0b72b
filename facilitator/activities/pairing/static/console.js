// Pair work on the console: the groups of the latest round and a new round; the board of the
// pairs' ideas (core).
import { t, h, replace } from "/static/js/dom.js";
import { tn } from "/static/js/plural.js";
import { option } from "/static/js/declarations.js";
import { state, pairsFor } from "./pairs.js";
import { pairMark } from "./marks.js";

export { state };
export const board = true;
export const addStep = { order: 6 };
export const options = {
  group_size: { label: "field_group_size", testid: "group-size" },
  merge_previous: { label: "field_merge_previous", testid: "merge-previous" },
  talk_only: { label: "field_talk_only", testid: "talk-only" },
};

export function meta(step) {
  return [`${t("field_group_size")} ${option(step, "group_size")}`];
}

export function panel(ctx, step) {
  const stepId = step.id;
  const { store, act } = ctx;
  const el = h("section", { class: "pairs", testid: "pairs-panel" });
  const update = () => {
    const step = store.step(stepId);
    if (!step) return;
    const pairs = pairsFor(store, step);
    const groups = pairs ? pairs.groups : [];
    replace(el,
      h("header", { class: "pairs__head" },
        h("p", { class: "tally__big", text: groups.length ? tn("pairs_round", groups.length, { round: pairs.round, count: groups.length }) : t("pairs_none"),
          testid: "pairs-round", data: { round: pairs ? pairs.round : 0 } }),
        h("button", { type: "button", class: "btn btn--primary", text: t("pairs_shuffle"), testid: "pairs-shuffle",
          on: { click: (e) => {
            // Reshuffling breaks up groups already at work: asked first, once there are some.
            if (groups.length && !window.confirm(t("pairs_shuffle_confirm", { round: pairs.round, count: groups.length }))) return;
            act("pairs.shuffle", {}, e.currentTarget);
          } } })),
      groups.length ? h("ul", { class: "pair-groups" }, groups.map((group) => {
        const named = group.members.filter((m) => m.nickname);
        const unnamed = group.members.length - named.length;
        return h("li", { class: "pair-group", testid: "pair-group", data: { number: group.number, members: group.members.length },
          style: { borderColor: group.colour } },
        pairMark(group, "pair-group__symbol"),
        h("div", { class: "pair-group__text" },
          h("p", { class: "pair-group__title", text: t("pairs_group", { number: group.number }) }),
          h("p", { class: "pair-group__members", testid: "pair-members" },
            named.map((m) => m.nickname).join(", "),
            unnamed ? h("span", { class: "pair-group__unnamed", text: (named.length ? " + " : "") +
              (named.length ? t("pairs_unnamed", { count: unnamed }) : tn("pairs_people", unnamed, { count: unnamed })) }) : null)));
      })) : null);
  };
  return { el, update };
}
