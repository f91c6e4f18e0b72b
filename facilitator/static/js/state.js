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
    this.me = null;              // participant only: {id, nickname, idea_ids, votes, answer, volunteered}
    this.actions = new Map();    // id -> action (every action plan of the day)
    this.pairs = null;           // {step_id, round, groups: [{number, symbol, colour, members}]} or null
    this.consent = null;         // {step_id, rounds: [{round, proposal, outcome}]} or null
    this.privateCounts = new Map(); // step id -> ideas written so far in a private brainstorm
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
    this.actions = new Map((snapshot.actions || []).map((a) => [a.id, a]));
    this.pairs = snapshot.pairs || null;
    this.consent = snapshot.consent || null;
    // Object keys arrive as strings; step ids are numbers everywhere else.
    this.privateCounts = new Map(Object.entries(snapshot.private_counts || {}).map(([id, n]) => [Number(id), n]));
    if (snapshot.me) this.me = { answer: null, volunteered: [], ...snapshot.me };
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
      case "pairs": {
        const before = this.pairs;
        this.pairs = { step_id: change.step_id, round: change.round, groups: change.groups || [] };
        event.newRound = !before || before.step_id !== change.step_id || before.round !== change.round;
        break;
      }
      case "consent": {
        const before = this.consent;
        const latest = (c) => (c && c.rounds.length ? c.rounds[c.rounds.length - 1] : null);
        const old = before && before.step_id === change.step_id ? latest(before) : null;
        this.consent = { step_id: change.step_id, rounds: change.rounds || [] };
        const now = latest(this.consent);
        event.newRound = Boolean(now) && (!old || old.round !== now.round);
        event.decided = Boolean(now && now.outcome) && (!old || old.outcome !== now.outcome);
        break;
      }
      case "action.added":
      case "action.updated":
        event.isNew = !this.actions.has(change.action.id);
        this.actions.set(change.action.id, change.action);
        break;
      case "action.removed":
        this.actions.delete(change.action_id);
        if (this.me && Array.isArray(this.me.volunteered)) {
          this.me.volunteered = this.me.volunteered.filter((id) => id !== change.action_id);
        }
        break;
      case "ideas.private":
        this.privateCounts.set(change.step_id, change.count);
        break;
      case "ideas.revealed":
        for (const idea of change.ideas || []) this.ideas.set(idea.id, idea);
        this.privateCounts.set(change.step_id, (change.ideas || []).length);
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

  /** My answer as the server acknowledged it (`answer.submit`'s `answer`). */
  setMyAnswer(answer) {
    if (!this.me) return;
    this.me = { ...this.me, answer: answer || null };
    this.notify({ kind: "local" });
  }

  /** The ids of the actions I volunteered for (`action.volunteer`'s `volunteered`). */
  setVolunteered(ids) {
    if (!this.me || !Array.isArray(ids)) return;
    this.me = { ...this.me, volunteered: ids };
    this.notify({ kind: "local" });
  }

  upsertAction(action) {
    if (!action) return;
    this.actions.set(action.id, action);
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

  /** The brainstorm whose ideas `step` works on (a step that takes ideas is its own source). */
  sourceOf(step) {
    if (!step) return null;
    if (step.activity === "brainstorm" || step.activity === "pairing") return step.id;
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
    if (tally && Array.isArray(tally.counts)) for (const c of tally.counts) counts.set(`${c.target_type}:${c.target_id}`, c.dots);
    return this.voteTargets(step)
      .map((target, index) => ({ ...target, index, dots: counts.get(`${target.type}:${target.id}`) || 0 }))
      .sort((a, b) => (b.dots - a.dots) || (a.index - b.index));
  }

  // ---- the development-day activities -------------------------------------------------------

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

  /** True while a private brainstorm's ideas are hidden from the room. */
  isPrivate(step) {
    return Boolean(step && step.activity === "brainstorm" && step.options && step.options.private && !step.results_revealed);
  }

  /** How many ideas were written in a private step, as far as we heard (null: not known yet). */
  privateCount(stepId) {
    return this.privateCounts.has(stepId) ? this.privateCounts.get(stepId) : null;
  }

  /** The latest round of pairs of `step`, or null. */
  pairsFor(step) {
    return step && this.pairs && this.pairs.step_id === step.id ? this.pairs : null;
  }

  /** My group in the latest round of `step` (participant), or null. */
  myGroup(step) {
    const pairs = this.pairsFor(step);
    if (!pairs || !this.me) return null;
    return pairs.groups.find((g) => g.members.some((m) => m.id === this.me.id)) || null;
  }

  /** The consent rounds of `step`: [{round, proposal, outcome}] (oldest first). */
  consentRounds(step) {
    return step && this.consent && this.consent.step_id === step.id ? this.consent.rounds : [];
  }

  /** The consent round under way (or the last one), or null. */
  consentRound(step) {
    const rounds = this.consentRounds(step);
    return rounds.length ? rounds[rounds.length - 1] : null;
  }

  /** The latest round the group agreed on, or null. */
  agreedRound(step) {
    return [...this.consentRounds(step)].reverse().find((r) => r.outcome === "agreed") || null;
  }

  /** My answer to `step` in its current round (participant), or null. */
  myAnswer(step) {
    const answer = this.me && this.me.answer;
    if (!step || !answer || answer.step_id !== step.id) return null;
    if (step.activity === "consent") {
      const round = this.consentRound(step);
      if (round && answer.round !== round.round) return null;
    }
    return answer;
  }

  /** The actions of `step`, in their order. */
  actionsOf(stepId) {
    return [...this.actions.values()].filter((a) => a.step_id === stepId).sort(byPosition);
  }

  volunteered(actionId) {
    return Boolean(this.me && Array.isArray(this.me.volunteered) && this.me.volunteered.includes(actionId));
  }

  voteOptions(step) {
    const options = (step && step.options) || {};
    return { dotsPerPerson: options.dots_per_person ?? 3, maxPerItem: options.max_dots_per_item ?? 2 };
  }
}
