// Ranking on the console: the options (typed in or taken out until the first ranking arrives)
// and the live result with each option's places.
import { t, h, replace } from "/static/js/dom.js";
import { option } from "/static/js/declarations.js";
import { revealHint } from "/static/js/console_answers.js";
import { state, optionsOf, resultOf, resultList } from "./options.js";

export { state };
export const addStep = { order: 4 };
export const options = { option_count: { label: "ranking_field_count", testid: "option-count" } };

/** The options once the step has them (typed in, or taken from the step before as it started);
 * until then, where they will come from. */
export function meta(step, store) {
  const known = optionsOf(store, step).length;
  return [known ? t("ranking_options_heading", { count: known }) : t("ranking_count_short", { count: option(step, "option_count") })];
}

/** The options editor: the list is redrawn, the form for a new option is made once (a redraw
 * never takes what is being typed). */
function editor(ctx) {
  const list = h("div", { class: "ranking-editor__options" });
  const field = h("input", { class: "input", maxLength: 200, testid: "ranking-new-option", id: "ranking-new-option",
    placeholder: t("ranking_option_placeholder") });
  const add = h("button", { type: "submit", class: "btn btn--primary", text: t("ranking_add"), testid: "ranking-add" });
  const form = h("form", { class: "ranking-add" },
    h("label", { class: "sr-only", htmlFor: "ranking-new-option", text: t("ranking_option_placeholder") }), field, add);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const text = field.value.trim();
    if (!text) { field.focus(); return; }
    const answer = await ctx.act("ranking.add_option", { text }, add);
    if (answer.ok) { field.value = ""; field.focus(); }
  });
  const locked = h("p", { class: "hint", text: t("ranking_locked") });
  const heading = h("h3", { class: "panel-title" });
  const el = h("section", { class: "ranking-editor", testid: "ranking-editor" }, heading, list, form, locked);
  const update = (step, ranked) => {
    const options = optionsOf(ctx.store, step);
    heading.textContent = t("ranking_options_heading", { count: options.length });
    replace(list, options.length ? h("ol", { class: "ranking-editor__list" }, options.map((o) => h("li", { testid: "ranking-editor-option", data: { optionId: o.id } },
      h("span", { text: o.text }),
      ranked ? null : h("button", { type: "button", class: "btn btn--tiny btn--danger-quiet", text: t("delete"), testid: "ranking-remove",
        aria: { label: t("ranking_remove", { text: o.text }) },
        on: { click: (e) => ctx.act("ranking.remove_option", { option_id: o.id }, e.currentTarget) } }))))
      : h("p", { class: "empty", text: t("ranking_no_options") }));
    form.hidden = ranked;
    locked.hidden = !ranked;
  };
  return { el, update };
}

export function panel(ctx) {
  const count = h("p", { class: "tally__big", testid: "ranking-count" });
  const hint = h("div");
  const options = editor(ctx);
  const result = h("div", { class: "cranking__result" });
  const el = h("section", { class: "cranking", testid: "ranking-panel" },
    h("div", { class: "cranking__side" }, count, hint, options.el), result);
  const update = () => {
    const step = ctx.store.currentStep();
    if (!step) return;
    const tally = ctx.store.tallyFor(step);
    const rankers = tally ? tally.responses : 0;
    count.dataset.count = String(rankers);
    count.textContent = t("ranking_ranked_of", { count: rankers, participants: ctx.store.participants });
    replace(hint, revealHint(step));
    options.update(step, rankers > 0);
    replace(result, resultList(resultOf(ctx.store, step)));
  };
  update();
  return { el, update };
}
