// Pair work's share of the state (the `pairs` snapshot key and change kind: the current pairing
// step's latest round) and the pieces of it every surface shows.
import { t } from "/static/js/dom.js";
import { option } from "/static/js/declarations.js";

export const state = {
  read: (snapshot) => ({ pairs: snapshot.pairs || null }),
  changes: {
    pairs(slice, change, event) {
      const before = slice.pairs;
      event.newRound = !before || before.step_id !== change.step_id || before.round !== change.round;
      return { pairs: { step_id: change.step_id, round: change.round, groups: change.groups || [] } };
    },
  },
};

/** The latest round of pairs of `step`: {step_id, round, groups: [{number, symbol, colour, size,
 * and members: [{id, nickname}] for the facilitator, nicknames: [..] for the others]}, or null. */
export function pairsFor(store, step) {
  const { pairs } = store.part(state);
  return step && pairs && pairs.step_id === step.id ? pairs : null;
}

/** My group in the latest round of `step` (participant): my snapshot's `me.group`
 * {number, symbol, colour, size, partners: [nickname]}, or null (none yet, or of an older round). */
export function myGroup(store, step) {
  const pairs = pairsFor(store, step);
  const group = store.me && store.me.group;
  if (!pairs || !group || group.step_id !== step.id || group.round !== pairs.round) return null;
  return group;
}

/** Whether a `pairs` change may have changed my group (a new round, my group's size, no group
 * yet): then only a fresh snapshot says which group is mine. */
export function myGroupChanged(store, change) {
  const group = store.me && store.me.group;
  if (!group || group.step_id !== change.step_id || group.round !== change.round) return true;
  const now = (change.groups || []).find((g) => g.number === group.number);
  return !now || now.size !== group.size;
}

/** True when the step makes groups rather than pairs (bigger groups, or fours of the pairs). */
export function inGroups(step) {
  return option(step, "group_size") > 2 || Boolean(option(step, "merge_previous"));
}

/** "Pair 3" or "Group 3", by the step's group size. */
export function groupName(step, number) {
  return inGroups(step) ? t("group_number", { number }) : t("pair_number", { number });
}

/** A group's colour as a style: its background with text that stays readable on it. */
export function groupStyle(colour) {
  const match = /^#([0-9a-f]{6})$/i.exec(colour || "");
  if (!match) return {};
  const n = parseInt(match[1], 16);
  const channel = (c) => { const v = c / 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
  const luminance = 0.2126 * channel(n >> 16) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
  // White text needs a dark enough background (contrast 4.5 : 1 or better); else near-black.
  return { backgroundColor: colour, color: luminance > 0.18 ? "#0d0f12" : "#ffffff" };
}
