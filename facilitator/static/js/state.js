// One state object per page, fed by the server's snapshot and changes (docs/protocol.md).
// The Store keeps what the core knows (the workshop, its steps, ideas and clusters, the timer, the
// participant count, the tally, the private counts); each activity type keeps its own share
// (`state` of its modules, see activities.js): the Store hands it the snapshot and the type's
// change kinds, and gives it back with part(state).
import { declaration } from "./declarations.js";

export const byPosition = (a, b) => (a.position - b.position) || (a.id - b.id);

export class Store {
  /** `parts`: the activity types' `state` objects (activities.js exported("state")). */
  constructor(role, parts = []) {
    this.role = role;
    this.ready = false;          // true once the first snapshot arrived
    this.rev = null;
    this.workshop = null;
    this.steps = [];
    this.ideas = new Map();      // id -> idea
    this.clusters = new Map();   // id -> cluster
    this.timer = { running: false, ends_at: null, seconds: 0 };
    this.clockOffset = 0;        // server clock minus ours, in ms
    this.participants = 0;
    this.tally = null;
    this.me = null;              // participant only: {id, nickname, idea_ids, answer, ...the types' keys}
    this.privateCounts = new Map(); // step id -> ideas written so far in a private step
    this.slices = new Map();     // a type's state object -> its slice
    this.reducers = new Map();   // change kind -> {part, reduce}
    for (const part of parts) {
      this.slices.set(part, part.read({}, this));
      for (const [kind, reduce] of Object.entries(part.changes || {})) this.reducers.set(kind, { part, reduce });
    }
    this.listeners = new Set();
  }

  /** The slice of the Store that an activity type's `state` keeps. */
  part(state) {
    return this.slices.get(state);
  }

  subscribe(fn) {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  notify(event) {
    for (const fn of this.listeners) fn(event);
  }

  applySnapshot(snapshot) {
    const previousStep = this.workshop ? this.workshop.current_step_id : undefined;
    this.rev = snapshot.rev;
    this.workshop = snapshot.workshop;
    this.steps = snapshot.steps || [];
    this.ideas = new Map((snapshot.ideas || []).map((idea) => [idea.id, idea]));
    this.clusters = new Map((snapshot.clusters || []).map((c) => [c.id, c]));
    this.timer = snapshot.timer || { running: false, ends_at: null, seconds: 0 };
    this.setClock(snapshot.server_time);
    this.participants = snapshot.participants ?? 0;
    this.tally = snapshot.tally || null;
    // Object keys arrive as strings; step ids are numbers everywhere else.
    this.privateCounts = new Map(Object.entries(snapshot.private_counts || {}).map(([id, n]) => [Number(id), n]));
    if (snapshot.me) this.me = { answer: null, ...snapshot.me };
    for (const part of this.slices.keys()) this.slices.set(part, part.read(snapshot, this));
    this.ready = true;
    this.notify({ kind: "snapshot", stepChanged: previousStep !== this.workshop.current_step_id });
  }

  setClock(serverTime) {
    if (typeof serverTime === "number") this.clockOffset = serverTime - Date.now();
  }

  now() {
    return Date.now() + this.clockOffset;
  }

  /** Applies one change; answers "applied", "old" (already seen) or "gap" (sync needed). */
  applyChange(change) {
    if (!this.ready || typeof change.rev !== "number") return "gap";
    if (change.rev <= this.rev) return "old";
    if (change.rev !== this.rev + 1) return "gap";
    this.rev = change.rev;
    const event = { kind: change.kind, change };
    switch (change.kind) {
      case "idea.added":
      case "idea.updated":
        event.isNew = !this.ideas.has(change.idea.id);
        this.ideas.set(change.idea.id, change.idea);
        break;
      case "idea.moved":
        this.moveIdea(change.idea_id, change.cluster_id, change.order);
        break;
      case "idea.removed": {
        // A hidden idea stays, marked, for its author's own list; no wall shows it.
        const idea = this.ideas.get(change.idea_id);
        if (change.hidden && idea) this.ideas.set(idea.id, { ...idea, hidden: true });
        else this.ideas.delete(change.idea_id);
        break;
      }
      case "cluster.added":
      case "cluster.updated":
        this.clusters.set(change.cluster.id, change.cluster);
        break;
      case "cluster.removed":
        this.clusters.delete(change.cluster_id);
        for (const idea of this.ideas.values()) {
          if (idea.cluster_id === change.cluster_id) idea.cluster_id = null;
        }
        break;
      case "steps": {
        const before = this.workshop.current_step_id;
        this.steps = change.steps;
        this.workshop = { ...this.workshop, current_step_id: change.current_step_id, started: change.started };
        event.stepChanged = before !== change.current_step_id;
        if (this.tally && this.tally.step_id !== change.current_step_id) this.tally = null;
        break;
      }
      case "timer":
        this.timer = change.timer;
        this.setClock(change.server_time);
        break;
      case "workshop":
        this.workshop = { ...this.workshop, ...change.workshop };
        break;
      case "ideas.private":
        this.privateCounts.set(change.step_id, change.count);
        break;
      case "ideas.revealed":
        for (const idea of change.ideas || []) this.ideas.set(idea.id, idea);
        this.privateCounts.set(change.step_id, (change.ideas || []).length);
        break;
      default: {
        // An activity type's own kind; "rev" and kinds this page does not know: only the
        // revision moved on.
        const reducer = this.reducers.get(change.kind);
        if (reducer) this.slices.set(reducer.part, reducer.reduce(this.slices.get(reducer.part), change, event, this));
        break;
      }
    }
    this.notify(event);
    return "applied";
  }

  /** Puts an idea into a cluster (null: unsorted); `order` is the destination group's ids. */
  moveIdea(ideaId, clusterId, order) {
    const idea = this.ideas.get(ideaId);
    if (idea) idea.cluster_id = clusterId;
    (order || []).forEach((id, index) => {
      const sibling = this.ideas.get(id);
      if (sibling) sibling.position = index;
    });
  }

  /**
   * A `tally` message: a whole one replaces ours; a delta (it has `base`) applies to the one it
   * was made from (docs/protocol.md, "Results"). Returns false when we do not hold that one:
   * the caller asks for the whole (`tally.get`).
   */
  setTally(message) {
    if (message.base !== undefined) {
      const held = this.tally;
      if (!held || held.seq !== message.base || held.step_id !== message.step_id) return false;
      const tally = { ...held, ...(message.set || {}), seq: message.seq };
      for (const key of message.unset || []) delete tally[key];
      for (const [key, [start, removed, items]] of Object.entries(message.splice || {})) {
        tally[key] = [...held[key].slice(0, start), ...items, ...held[key].slice(start + removed)];
      }
      message = tally;
    }
    this.tally = message;
    this.notify({ kind: "tally" });
    return true;
  }

  setParticipants(count) {
    this.participants = count;
    this.notify({ kind: "presence" });
  }

  upsertIdea(idea) {
    if (!idea) return;
    this.ideas.set(idea.id, idea);
    this.notify({ kind: "local" });
  }

  removeIdea(id) {
    this.ideas.delete(id);
    this.notify({ kind: "local" });
  }

  /** My answer as the server acknowledged it (`answer.submit`'s `answer`). */
  setMyAnswer(answer) {
    if (!this.me) return;
    this.me = { ...this.me, answer: answer || null };
    this.notify({ kind: "local" });
  }

  // ---- questions the views ask --------------------------------------------------------------

  get started() {
    return Boolean(this.workshop && this.workshop.started);
  }

  /** "waiting" (not started), "running" or "ended" (started, no current step). */
  get phase() {
    if (!this.workshop || !this.workshop.started) return "waiting";
    return this.currentStep() ? "running" : "ended";
  }

  currentStep() {
    if (!this.workshop || this.workshop.current_step_id == null) return null;
    return this.step(this.workshop.current_step_id);
  }

  step(id) {
    return this.steps.find((s) => s.id === id) || null;
  }

  stepIndex(id) {
    return this.steps.findIndex((s) => s.id === id);
  }

  /** The step whose ideas `step` works on (a step that takes ideas is its own source). */
  sourceOf(step) {
    if (!step) return null;
    const kind = declaration(step.activity);
    if (kind && kind.takes_ideas) return step.id;
    return step.source_step_id ?? null;
  }

  ideasOf(stepId, { includeHidden = false } = {}) {
    const list = [];
    for (const idea of this.ideas.values()) {
      if (idea.step_id === stepId && (includeHidden || !idea.hidden)) list.push(idea);
    }
    return list.sort(byPosition);
  }

  clustersOf(stepId) {
    return [...this.clusters.values()].filter((c) => c.step_id === stepId).sort(byPosition);
  }

  /** The ideas of a step grouped into its clusters: {clusters: [{cluster, ideas}], unsorted: [ideas]}. */
  groups(stepId, options) {
    const clusters = this.clustersOf(stepId);
    const known = new Set(clusters.map((c) => c.id));
    const groups = new Map(clusters.map((c) => [c.id, []]));
    const unsorted = [];
    for (const idea of this.ideasOf(stepId, options)) {
      if (idea.cluster_id != null && known.has(idea.cluster_id)) groups.get(idea.cluster_id).push(idea);
      else unsorted.push(idea);
    }
    return { clusters: clusters.map((cluster) => ({ cluster, ideas: groups.get(cluster.id) })), unsorted };
  }

  /** The tally of `step`, if we have one for it. */
  tallyFor(step) {
    return step && this.tally && this.tally.step_id === step.id ? this.tally : null;
  }

  /** The step's title and prompt in `language`: the library's wording for a phone switched to
   * the other language (unless the facilitator edited the texts), else the step's own. */
  stepText(step, language) {
    if (!step) return { title: "", prompt: "" };
    const content = step.content && language && this.workshop && language !== this.workshop.language && !step.edited
      ? step.content[language] : null;
    if (content && content.title) return { title: content.title, prompt: content.prompt || "" };
    return { title: step.title, prompt: step.prompt || "" };
  }

  /** The steps added together with `step` from the library (one method), in agenda order. */
  blockOf(step) {
    if (!step || step.block == null) return [];
    return this.steps.filter((s) => s.block === step.block).sort(byPosition);
  }

  /** The day's goals, one per line, without empty lines. */
  goals() {
    const text = (this.workshop && this.workshop.goals) || "";
    return text.split("\n").map((line) => line.trim()).filter(Boolean);
  }

  /** How many ideas were written in a private step, as far as we heard (null: not known yet). */
  privateCount(stepId) {
    return this.privateCounts.has(stepId) ? this.privateCounts.get(stepId) : null;
  }
}
