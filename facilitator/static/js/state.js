// One state object per page, fed by the server's snapshot and changes (docs/protocol.md).

const byPosition = (a, b) => (a.position - b.position) || (a.id - b.id);

export class Store {
  constructor(role) {
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
    this.me = null;              // participant only
    this.listeners = new Set();
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
    if (snapshot.me) this.me = snapshot.me;
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
      case "idea.removed":
        this.ideas.delete(change.idea_id);
        break;
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
      default:
        // "rev" and kinds this page does not know: only the revision moved on.
        break;
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

  setTally(tally) {
    this.tally = tally;
    this.notify({ kind: "tally" });
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

  /** The brainstorm whose ideas `step` works on (a brainstorm is its own source). */
  sourceOf(step) {
    if (!step) return null;
    if (step.activity === "brainstorm") return step.id;
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

  /** The ideas of a brainstorm grouped: {clusters: [{cluster, ideas}], unsorted: [ideas]}. */
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

  /** What a dot vote's dots go to: clusters of its source and the source's unclustered ideas. */
  voteTargets(step) {
    const source = this.sourceOf(step);
    if (source == null) return [];
    const { clusters, unsorted } = this.groups(source);
    return [
      ...clusters.map(({ cluster, ideas }) => ({ type: "cluster", id: cluster.id, title: cluster.title, ideas })),
      ...unsorted.map((idea) => ({ type: "idea", id: idea.id, title: idea.text, idea, ideas: [] })),
    ];
  }

  /** The tally of `step`, if we have one for it. */
  tallyFor(step) {
    return step && this.tally && this.tally.step_id === step.id ? this.tally : null;
  }

  /** Targets with their dot counts, most dots first (ties keep the board order). */
  results(step) {
    const tally = this.tallyFor(step);
    const counts = new Map();
    if (tally) for (const c of tally.counts) counts.set(`${c.target_type}:${c.target_id}`, c.dots);
    return this.voteTargets(step)
      .map((target, index) => ({ ...target, index, dots: counts.get(`${target.type}:${target.id}`) || 0 }))
      .sort((a, b) => (b.dots - a.dots) || (a.index - b.index));
  }

  voteOptions(step) {
    const options = (step && step.options) || {};
    return { dotsPerPerson: options.dots_per_person ?? 3, maxPerItem: options.max_dots_per_item ?? 2 };
  }
}
