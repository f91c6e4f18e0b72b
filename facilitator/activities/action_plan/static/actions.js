// The action plan's share of the state (the `actions` snapshot key, `me.volunteered` and the
// action.* change kinds: every action of the day) and the pieces every surface shows.
import { t, h } from "/static/js/dom.js";
import { byPosition } from "/static/js/state.js";

export const state = {
  read: (snapshot) => ({
    actions: new Map((snapshot.actions || []).map((a) => [a.id, a])),
    volunteered: (snapshot.me && snapshot.me.volunteered) || [], // a participant's: the actions I joined
  }),
  changes: {
    "action.added": upserted,
    "action.updated": upserted,
    "action.removed"(slice, change) {
      slice.actions.delete(change.action_id);
      return { ...slice, volunteered: slice.volunteered.filter((id) => id !== change.action_id) };
    },
  },
};

function upserted(slice, change, event) {
  event.isNew = !slice.actions.has(change.action.id);
  slice.actions.set(change.action.id, change.action);
  return slice;
}

/** The actions of the step `stepId`, in their order. */
export function actionsOf(store, stepId) {
  return [...store.part(state).actions.values()].filter((a) => a.step_id === stepId).sort(byPosition);
}

/** Whether I volunteered for the action (participant). */
export function volunteered(store, actionId) {
  return store.part(state).volunteered.includes(actionId);
}

/** The ids of the actions I volunteered for (`action.volunteer`'s `volunteered`). */
export function setVolunteered(store, ids) {
  if (!store.me || !Array.isArray(ids)) return;
  store.part(state).volunteered = ids;
  store.notify({ kind: "local" });
}

/** An action as the server answered it. */
export function upsertAction(store, action) {
  if (!action) return;
  store.part(state).actions.set(action.id, action);
  store.notify({ kind: "local" });
}

/** A status word for an action (nothing for "not started"). */
export function actionStatus(action) {
  if (!action.status || action.status === "not_started") return null;
  return h("span", { class: ["chip", "action-status", `action-status--${action.status}`], text: t(`status_${action.status}`), testid: "action-status", data: { status: action.status } });
}
