// What the server declares of each activity type (boot.activities; facilitator/activities/__init__.py
// `ActivityType.declaration()`): whether it takes ideas, works on a source, what opening
// submissions and revealing mean, its options' ranges and defaults. No script repeats these.
//
// A leaf module (no top-level await): the activity types' own modules may import it, unlike
// activities.js, which loads them.
import { boot } from "./dom.js";

/** The declaration of the activity type `name`, or null if this server has no such type. */
export function declaration(name) {
  const all = boot().activities || {};
  return Object.prototype.hasOwnProperty.call(all, name) ? all[name] : null;
}

/** The declaration of `step`'s activity type, or null. */
export function declarationOf(step) {
  return step ? declaration(step.activity) : null;
}

/** The step's option `name`, or the type's default for it. */
export function option(step, name) {
  const value = step && step.options ? step.options[name] : undefined;
  if (value != null) return value;
  const kind = declarationOf(step);
  return kind && kind.options[name] ? kind.options[name].default : undefined;
}

/** What opening submissions lets the phones send in this step: "ideas", "votes", "answers" or null. */
export function submissionsKind(step) {
  const kind = declarationOf(step);
  return (kind && kind.submissions) || null;
}

/** What revealing shows in this step: "results", "ideas" (written in private) or null. */
export function revealKind(step) {
  const kind = declarationOf(step);
  if (!kind || !kind.reveal) return null;
  if (kind.reveal_option && !option(step, kind.reveal_option)) return null;
  return kind.reveal;
}

/** True while the ideas of `step`, written in private, are hidden from the room. */
export function ideasHidden(step) {
  return revealKind(step) === "ideas" && !step.results_revealed;
}

/** The values a phone may answer `step` with (from the server's `step.answer`), lowest first. */
export function answerValues(step) {
  const answer = step && step.answer;
  if (!answer) return [];
  return Array.from({ length: answer.high - answer.low + 1 }, (_, i) => answer.low + i);
}
