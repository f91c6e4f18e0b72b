// Ranking on the console: the options (typed in or taken out until the first ranking arrives)
// and the live result with each option's places.
import { t, h } from "/static/js/dom.js";
import { option } from "/static/js/declarations.js";
import { revealHint } from "/static/js/console_answers.js";
import { state, optionsOf, resultOf, resultList } from "./options.js";

export { state };
export const addStep = { order: 4 };
export const options = { option_count: { label: "ranking_field_count", testid: "option-count" } };

export function meta(step) {
  return [t("ranking_count_short", { count: option(step, "option_count") })];
}

function editor(ctx, step, locked) {
  const field = h("input", { class: "input", maxLength: 200, testid: "ranking-new-option", id: "ranking-new-option",
    placeholder: t("ranking_option_placeholder") });
  const add = h("button", { type: "submit", class: "btn btn--primary", text: t("ranking_add"), testid: "ranking-add" });
  const form = h("form", { class: "ranking-add" },
    h("label", { class: "sr-only", htmlFor: "ranking-new-option", text: t("ranking_option_placeholder") }), field, add);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!field.value.trim()) { field.focus(); return; }
    const answer = await ctx.act("ranking.add_option", { text: field.value.trim() }, add);
    if (answer.ok) document.getElementById("ranking-new-option")?.focus();
  });
  const options = optionsOf(ctx.store, step);
  return h("section", { class: "ranking-editor", testid: "ranking-editor" },
    h("h3", { class: "panel-title", text: t("ranking_options_heading", { count: options.length }) }),
    options.length ? h("ol", { class: "ranking-editor__list" }, options.map((o) => h("li", { testid: "ranking-editor-option", data: { optionId: o.id } },
      h("span", { text: o.text }),
      locked ? null : h("button", { type: "button", class: "btn btn--tiny btn--danger-quiet", text: t("delete"), testid: "ranking-remove",
        aria: { label: t("ranking_remove", { text: o.text }) },
        on: { click: (e) => ctx.act("ranking.remove_option", { option_id: o.id }, e.currentTarget) } }))))
      : h("p", { class: "empty", text: t("ranking_no_options") }),
    locked ? h("p", { class: "hint", text: t("ranking_locked") }) : form);
}

function draw(ctx) {
  const step = ctx.store.currentStep();
  const tally = ctx.store.tallyFor(step);
  const rankers = tally ? tally.responses : 0;
  return h("section", { class: "cranking", testid: "ranking-panel" },
    h("div", { class: "cranking__side" },
      h("p", { class: "tally__big", testid: "ranking-count", data: { count: rankers },
        text: t("ranking_ranked_of", { count: rankers, participants: ctx.store.participants }) }),
      revealHint(step),
      editor(ctx, step, rankers > 0)),
    h("div", { class: "cranking__result" }, resultList(resultOf(ctx.store, step))));
}

export function panel(ctx) {
  return ctx.plainPanel(() => draw(ctx));
}
