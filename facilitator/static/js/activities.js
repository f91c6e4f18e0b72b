// The activity types' front ends: this page loads the module of each type for its surface
// (boot.activities[name].module: facilitator/activities/<name>/static/phone.js, projector.js or
// console.js), all in parallel before the first render, and the core pages call them. The core
// never names a type; it asks the declarations (declarations.js) and these modules. (base.html
// starts the same imports as the page begins to load, so that what the modules import is
// fetched alongside the page's own scripts; here they are awaited.)
//
// A type's module imports the shared helpers by absolute URL (`import { h, t } from
// "/static/js/dom.js"`), never this module. Every export is optional:
//
// On every surface
//   state                 The type's share of the Store, one object shared by its surfaces (a
//                         module of the type's own): {read(snapshot, store) -> slice,
//                         changes: {kind: (slice, change, event, store) -> slice}}. `read` takes
//                         the type's snapshot keys, `changes` reduce its change kinds; the type's
//                         helpers find the slice with store.part(state).
//   onEvent(event, page)  After every Store event (announcements, the module's own bookkeeping).
//
// phone (page: phone.js `page`)
//   render(step, page) -> {parts: [node], dock: node | null}   The current step's content, and
//                         what sits in the dock at thumb height (page.writing() gives the composer).
//   answerRound(step, store) -> number   The round answers go to now (default 1; 0: none yet).
// projector (page: screen.js `page`)
//   render(step, page) -> {content: node, mode?: "big" | "small", view?: string}   `mode` sizes
//                         the join panel (default "small"), `view` is the frame's data-view.
//                         No text under 2rem (32 px; tests/test_browser_wall.py measures it).
//                         Units the wall may page when they do not fit carry `data-paged`, a
//                         box of them `data-paged-group` (screen_fit.js; screen_views.js paged()).
// console (ctx: console.js `ctx`)
//   panel(ctx, step) -> {el, update()} | null   The workspace panel of the current step, built once
//                         per step and updated in place after every change.
//   board: true           The step shows the ideas board of its source (Store.sourceOf).
//   moveIdea(ctx, {idea_id, cluster_id, position}) -> Promise<answer>   Takes the board's moves
//                         (drags, the card menu) over, e.g. to make them undoable; default idea.move.
//   decorateBoard(boardElement, ctx, source)   Adds to the board after each redraw of it.
//   meta(step, store) -> [string]   What the agenda line says of the step's options.
//   options: {name: {label, testid}}   The option fields' label keys and test ids; their kinds,
//                         ranges and defaults come from the declaration (0–1 is a switch).
//   addStep: {order} | null   Where the type stands in the "add a step" list; null: the
//                         facilitator does not add it by hand. Without it: offered, last.
//
// Built (`npm run build`), the page's bundle holds the types found in facilitator/activities/:
// their boot data names the folder (`bundled`) instead of a module URL, and bundled.js has them.
import { boot } from "./dom.js";
import bundled from "./bundled.js";

const listed = Object.entries(boot().activities || {});

const loaded = await Promise.all(listed.map(async ([name, kind]) => {
  if (kind.bundled) return [name, bundled[kind.bundled] || {}];
  if (!kind.module) return [name, {}];
  try {
    return [name, await import(kind.module)];
  } catch (error) {
    // A broken type must not take the page down: its steps show the page's default.
    console.error(`facilitator: the front end of the activity type ${name} did not load`, error);
    return [name, {}];
  }
}));

const modules = new Map(loaded);

/** The activity type names this server has, in the registry's order. */
export const names = listed.map(([name]) => name);

/** The module of the activity type `name` for this page's surface ({} if it has none). */
export function moduleOf(name) {
  return modules.get(name) || {};
}

/** The module of `step`'s activity type ({} for no step or a type without one). */
export function frontOf(step) {
  return step ? moduleOf(step.activity) : {};
}

/** Each distinct value the modules export as `key` (a type may re-export another's). */
export function exported(key) {
  return [...new Set([...modules.values()].map((m) => m[key]).filter(Boolean))];
}

/** Calls every type's `onEvent(event, page)`. */
export function relayEvent(event, page) {
  for (const onEvent of exported("onEvent")) onEvent(event, page);
}
