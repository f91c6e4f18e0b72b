// The console's clustering board: drag ideas into clusters, moderate them.
import Sortable from "../vendor/sortable.esm.js";
import { t, h, replace, confirmButton } from "./dom.js";
import { frontOf } from "./activities.js";

export function createBoard(ctx) {
  const { store, view, act } = ctx;
  let sortables = [];

  // In fallback mode SortableJS looks under the pointer only every 50 ms, so a quick drop made
  // just as the pointer reaches a list could miss it. Look once more at the moment of the drop
  // (capture phase: before SortableJS's own handler on the document finishes the drag).
  for (const type of ["pointerup", "mouseup", "touchend"]) {
    window.addEventListener(type, () => {
      if (view.dragging && Sortable.active && typeof Sortable.active._emulateDragOver === "function") {
        Sortable.active._emulateDragOver();
      }
    }, true);
  }

  // The current step's type may take the board's moves over (console module `moveIdea(ctx,
  // {idea_id, cluster_id, position}) -> answer`, e.g. to make them undoable) and add to the
  // board after each redraw (`decorateBoard(boardElement, ctx, source)`).
  const front = () => frontOf(store.currentStep());
  const moveIdea = (payload) => (front().moveIdea ? front().moveIdea(ctx, payload) : ctx.send("idea.move", payload));

  function destroySortables() {
    for (const sortable of sortables) sortable.destroy();
    sortables = [];
  }

  function ideaCard(idea, clusters) {
    const hidden = Boolean(idea.hidden);
    const move = h("select", { class: "card__move", testid: "idea-move-select", aria: { label: t("move_to_label") } },
      h("option", { value: "", text: t("move_to"), disabled: true, selected: true }),
      h("option", { value: "unsorted", text: t("unsorted"), disabled: idea.cluster_id == null }),
      clusters.map((c) => h("option", { value: String(c.id), text: c.title, disabled: idea.cluster_id === c.id })));
    move.addEventListener("change", () => {
      const clusterId = move.value === "unsorted" ? null : Number(move.value);
      moveIdea({ idea_id: idea.id, cluster_id: clusterId }).then(() => ctx.render());
    });
    return h("li", { class: ["card", hidden && "card--hidden"], testid: "idea", data: { ideaId: idea.id, hidden: hidden ? "1" : "0", clusterId: idea.cluster_id ?? "" } },
      h("p", { class: "card__text", text: idea.text }),
      h("div", { class: "card__foot" },
        idea.author ? h("span", { class: "card__author", text: idea.author }) : null,
        hidden ? h("span", { class: "card__flag", text: t("hidden") }) : null,
        h("span", { class: "card__actions" },
          clusters.length ? move : null,
          h("button", { type: "button", class: "btn btn--tiny", text: hidden ? t("unhide") : t("hide"),
            testid: hidden ? "idea-unhide" : "idea-hide", title: hidden ? t("unhide_hint") : t("hide_hint"),
            on: { click: (e) => act(hidden ? "idea.unhide" : "idea.hide", { idea_id: idea.id }, e.currentTarget) } }),
          confirmButton({ label: t("delete"), confirmLabel: t("delete_confirm"), testid: "idea-delete", confirmTestid: "idea-delete-confirm",
            className: "btn btn--tiny btn--danger-quiet", onConfirm: () => act("idea.delete", { idea_id: idea.id }) }))));
  }

  function ideaList(ideas, clusterId, clusters) {
    return h("ul", { class: "column__list", testid: "idea-list", data: { clusterId: clusterId ?? "", empty: t("drop_here") } },
      ideas.map((idea) => ideaCard(idea, clusters)));
  }

  function clusterHeader(cluster, count) {
    if (view.renaming === cluster.id) {
      const input = h("input", { class: "input input--small", value: cluster.title, maxLength: 80, testid: "cluster-rename-input", aria: { label: t("cluster_title_label") } });
      const done = () => { view.renaming = null; ctx.render(); };
      const form = h("form", { class: "column__rename" }, input,
        h("button", { type: "submit", class: "btn btn--tiny btn--primary", text: t("save"), testid: "cluster-rename-save" }),
        h("button", { type: "button", class: "btn btn--tiny", text: t("cancel"), on: { click: done } }));
      form.addEventListener("submit", async (event) => {
        event.preventDefault();
        const title = input.value.trim();
        if (!title) return;
        const answer = await ctx.send("cluster.rename", { cluster_id: cluster.id, title });
        if (answer.ok) done();
      });
      input.addEventListener("keydown", (e) => { if (e.key === "Escape") done(); });
      requestAnimationFrame(() => { input.focus(); input.select(); });
      return h("header", { class: "column__head" }, form);
    }
    return h("header", { class: "column__head" },
      h("h3", { class: "column__title", text: cluster.title, testid: "cluster-title" }),
      h("span", { class: "column__count", text: String(count), testid: "cluster-count" }),
      h("span", { class: "column__actions" },
        h("button", { type: "button", class: "btn btn--tiny btn--quiet", text: t("rename"), testid: "cluster-rename",
          on: { click: () => { view.renaming = cluster.id; ctx.render(); } } }),
        confirmButton({ label: t("delete"), confirmLabel: t("delete_confirm"), testid: "cluster-delete", confirmTestid: "cluster-delete-confirm",
          className: "btn btn--tiny btn--danger-quiet", onConfirm: () => act("cluster.delete", { cluster_id: cluster.id }) })));
  }

  function board(sourceId) {
    const { clusters, unsorted } = store.groups(sourceId, { includeHidden: true });
    const clusterList = clusters.map((g) => g.cluster);
    const total = unsorted.length + clusters.reduce((n, g) => n + g.ideas.length, 0);
    const unsortedColumn = h("section", { class: ["column", "column--unsorted", !clusters.length && "column--wide"], testid: "unsorted" },
      h("header", { class: "column__head" },
        h("h3", { class: "column__title", text: clusters.length ? t("unsorted") : t("ideas_heading") }),
        h("span", { class: "column__count", text: String(unsorted.length), testid: "unsorted-count" })),
      ideaList(unsorted, null, clusterList));
    const clusterColumns = clusters.map(({ cluster, ideas }) =>
      h("section", { class: "column", testid: "cluster", data: { clusterId: cluster.id } },
        clusterHeader(cluster, ideas.length),
        ideaList(ideas, cluster.id, clusterList)));
    return h("div", { class: "board", testid: "board", data: { sourceStepId: sourceId, ideas: total } },
      unsortedColumn,
      clusters.length ? h("div", { class: "board__clusters" }, clusterColumns)
        : h("p", { class: "board__hint", text: total ? t("board_hint") : t("board_empty") }));
  }

  function attachSortables(host) {
    destroySortables();
    for (const list of host.querySelectorAll("[data-testid=idea-list]")) {
      sortables.push(Sortable.create(list, {
        group: "ideas",
        draggable: "[data-testid=idea]",
        filter: "button, select, option, input",
        preventOnFilter: false,
        forceFallback: true,
        fallbackOnBody: true,
        fallbackTolerance: 4,
        animation: 0,
        ghostClass: "card--ghost",
        chosenClass: "card--chosen",
        dragClass: "card--drag",
        emptyInsertThreshold: 24,
        onStart: () => { view.dragging = true; document.body.classList.add("is-dragging"); },
        onEnd: (evt) => {
          view.dragging = false;
          view.pointerDown = false;
          document.body.classList.remove("is-dragging");
          const ideaId = Number(evt.item.dataset.ideaId);
          const to = evt.to;
          const clusterId = to.dataset.clusterId ? Number(to.dataset.clusterId) : null;
          if (evt.from === to && evt.oldIndex === evt.newIndex) { ctx.render(); return; }
          const order = [...to.querySelectorAll(":scope > [data-testid=idea]")].map((el) => Number(el.dataset.ideaId));
          const position = order.indexOf(ideaId);
          // The board already shows the move: record it in the state without redrawing the board
          // (the server's change then confirms it), and refresh only the moved card and the counts.
          store.moveIdea(ideaId, clusterId, order);
          const source = ctx.boardSource();
          view.boardKey = boardKey(source);
          setTimeout(() => {
            const idea = store.ideas.get(ideaId);
            if (idea && evt.item.isConnected) {
              evt.item.replaceWith(ideaCard(idea, store.clustersOf(source)));
            }
            for (const list of [evt.from, to]) {
              const count = list.parentElement && list.parentElement.querySelector("[data-testid=cluster-count], [data-testid=unsorted-count]");
              if (count) count.textContent = String(list.querySelectorAll(":scope > [data-testid=idea]").length);
            }
          }, 0);
          moveIdea({ idea_id: ideaId, cluster_id: clusterId, position }).then((answer) => {
            if (!answer.ok) ctx.sync(); // put the board back as the server has it
          });
          ctx.render();
        },
      }));
    }
  }

  /** What the board shows, as a string: the board is redrawn only when this changes. */
  function boardKey(source) {
    const { clusters, unsorted } = store.groups(source, { includeHidden: true });
    const ideaKey = (i) => [i.id, i.text, i.hidden, i.author];
    return JSON.stringify([source, store.workshop.current_step_id, view.renaming, unsorted.map(ideaKey),
      clusters.map(({ cluster, ideas }) => [cluster.id, cluster.title, ideas.map(ideaKey)])]);
  }

  return {
    /** Draws the board of `source` into `host`, unless it already shows exactly that. */
    render(host, source) {
      if (view.renaming != null && !store.clusters.has(view.renaming)) view.renaming = null;
      // Redraw only when what the board shows changed (e.g. not when the server confirms a move
      // we already showed), so a drag about to start is not pulled from under the pointer.
      const key = boardKey(source);
      if (key === view.boardKey && host.querySelector("[data-testid=board]")) {
        if (!sortables.length) attachSortables(host);
        return;
      }
      view.boardKey = key;
      replace(host, board(source));
      attachSortables(host);
      if (front().decorateBoard) front().decorateBoard(host.firstElementChild, ctx, source);
    },
    clear(host) {
      destroySortables();
      view.boardKey = null;
      host.replaceChildren();
    },
  };
}
