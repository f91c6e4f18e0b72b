// The method library on the console: ready days and methods (with a theme filter) to put on the
// agenda. The library comes in the page's boot JSON, in the workshop's language.
import { t, h, replace } from "./dom.js";
import { tn } from "./plural.js";
import { toast } from "./live.js";
import { activityLabel } from "./views.js";
import { duration } from "./console_time.js";

const THEMES = ["check_in", "values", "customer_focus", "ground_rules", "pair_work", "collaboration",
  "interaction", "solution_focus", "action_planning", "evaluation"];

const themeLabel = (theme) => {
  const label = t(`theme_${theme}`);
  return label === `theme_${theme}` ? theme : label;
};

export function createLibrary(ctx, host) {
  const { store, view, act } = ctx;
  const methods = ctx.library.methods || [];
  const days = ctx.library.days || [];
  const byId = new Map(methods.map((m) => [m.id, m]));
  let theme = "";          // the theme filter ("" = all)
  let confirming = null;   // id of the day whose replace-or-append question is open

  const picked = new Map(); // "day:id" or "method:id" -> {choice name: option key}

  /** The words a method or day lets the facilitator pick (who the customer is...), as selects. */
  function choiceFields(item, key) {
    if (!item.choices || !item.choices.length) return null;
    const chosen = picked.get(key) || Object.fromEntries(item.choices.map((c) => [c.name, c.default]));
    picked.set(key, chosen);
    return item.choices.map((choice) => {
      const select = h("select", { class: "input input--small", testid: "choice-select", data: { choice: choice.name },
        on: { change: (e) => { chosen[choice.name] = e.currentTarget.value; } } },
      choice.options.map((o) => h("option", { value: o.key, text: o.label, selected: o.key === chosen[choice.name] })));
      return h("label", { class: "field library-card__choice" }, h("span", { class: "field__label", text: choice.label }), select);
    });
  }

  async function addMethod(method, button) {
    const answer = await act("agenda.add_method", { method_id: method.id, choices: picked.get(`method:${method.id}`) }, button);
    if (answer.ok) toast(t("library_added", { title: method.title }), "ok");
  }

  async function applyDay(day, replaceAgenda, button) {
    confirming = null;
    if (replaceAgenda) {
      const cleared = await act("agenda.clear", {}, button);
      if (!cleared.ok) return;
    }
    const answer = await act("agenda.apply_day", { day_id: day.id, choices: picked.get(`day:${day.id}`) }, button);
    if (answer.ok) toast(t("library_day_applied", { title: day.title }), "ok");
    draw();
  }

  function dayCard(day) {
    const titles = day.methods.map((id) => (byId.get(id) || { title: id }).title);
    const use = h("button", { type: "button", class: "btn btn--small btn--primary", text: t("library_use_day"), testid: "day-use",
      on: { click: (e) => {
        if (!store.started && store.steps.length) { confirming = day.id; draw(); return; }
        applyDay(day, false, e.currentTarget);
      } } });
    const question = confirming === day.id ? h("div", { class: "library-card__confirm", testid: "day-confirm", attrs: { role: "group" } },
      h("p", { text: tn("day_replace_question", store.steps.length, { count: store.steps.length }) }),
      h("div", { class: "row" },
        h("button", { type: "button", class: "btn btn--small btn--primary", text: t("day_replace"), testid: "day-replace",
          on: { click: (e) => applyDay(day, true, e.currentTarget) } }),
        h("button", { type: "button", class: "btn btn--small", text: t("day_append"), testid: "day-append",
          on: { click: (e) => applyDay(day, false, e.currentTarget) } }),
        h("button", { type: "button", class: "btn btn--small btn--quiet", text: t("cancel"), testid: "day-cancel",
          on: { click: () => { confirming = null; draw(); } } }))) : null;
    return h("li", { class: "library-card library-card--day", testid: "day", data: { dayId: day.id } },
      h("div", { class: "library-card__head" },
        h("h4", { class: "library-card__title", text: day.title, testid: "day-title" }),
        h("span", { class: "chip chip--muted", text: t("library_about", { duration: duration(day.minutes) }) })),
      h("p", { class: "library-card__summary", text: day.summary }),
      h("ol", { class: "library-card__methods" }, titles.map((title) => h("li", { text: title }))),
      choiceFields(day, `day:${day.id}`),
      question || h("div", { class: "library-card__actions" }, use));
  }

  function methodCard(method) {
    return h("li", { class: "library-card", testid: "method", data: { methodId: method.id } },
      h("div", { class: "library-card__head" },
        h("h4", { class: "library-card__title", text: method.title, testid: "method-title" }),
        h("span", { class: "chip chip--muted", text: t("library_about", { duration: duration(method.minutes) }), testid: "method-minutes" })),
      h("p", { class: "library-card__summary", text: method.summary }),
      h("p", { class: "library-card__themes" }, method.themes.map((th) => h("span", { class: "chip chip--theme", text: themeLabel(th) }))),
      h("ol", { class: "library-card__steps", aria: { label: t("library_steps", { count: method.steps.length }) } },
        method.steps.map((s) => h("li", { class: "library-step" },
          h("span", { class: "library-step__kind", text: activityLabel(s.activity), title: activityLabel(s.activity) }),
          h("span", { class: "library-step__title", text: s.title }),
          s.minutes ? h("span", { class: "library-step__min", text: t("minutes_short", { count: s.minutes }) }) : null))),
      choiceFields(method, `method:${method.id}`),
      h("div", { class: "library-card__actions" },
        h("button", { type: "button", class: "btn btn--small btn--primary", text: t("library_add"), testid: "method-add",
          on: { click: (e) => addMethod(method, e.currentTarget) } })));
  }

  function filterBar() {
    const used = THEMES.filter((th) => methods.some((m) => m.themes.includes(th)));
    const chip = (value, label) => h("button", { type: "button", class: ["theme-filter", theme === value && "is-on"],
      text: label, testid: "theme-filter", data: { theme: value }, aria: { pressed: String(theme === value) },
      on: { click: () => { theme = value; draw(); } } });
    return h("div", { class: "theme-filters", attrs: { role: "group" }, aria: { label: t("library_filter_label") } },
      chip("", t("library_all_themes")), used.map((th) => chip(th, themeLabel(th))));
  }

  function draw() {
    const shown = methods.filter((m) => !theme || m.themes.includes(theme));
    replace(host,
      h("header", { class: "library__head" },
        h("div", {},
          h("h2", { class: "library__title", text: t("library_heading"), id: "library-title" }),
          h("p", { class: "library__intro", text: t("library_intro") })),
        h("button", { type: "button", class: "btn btn--small", text: t("library_close"), testid: "library-close",
          on: { click: () => { view.libraryOpen = false; ctx.render(); } } })),
      days.length ? h("section", { class: "library__section" },
        h("h3", { class: "panel-title", text: t("library_days") }),
        h("ul", { class: "library__days", testid: "library-days" }, days.map(dayCard))) : null,
      h("section", { class: "library__section" },
        h("h3", { class: "panel-title", text: t("library_methods") }),
        filterBar(),
        shown.length ? h("ul", { class: "library__methods", testid: "library-methods" }, shown.map(methodCard))
          : h("p", { class: "empty", text: t("library_none") })));
  }

  draw();
  let lastSteps = null;
  return {
    /** Shows the library inline while planning, as a drawer during the day. */
    render() {
      const open = view.libraryOpen ?? !store.started;
      host.hidden = !open;
      host.classList.toggle("library--drawer", store.started);
      if (ctx.onLibraryToggle) ctx.onLibraryToggle(open);
      // The replace-or-append question names the agenda's length: keep it current.
      if (confirming && lastSteps !== store.steps.length) draw();
      lastSteps = store.steps.length;
    },
  };
}
