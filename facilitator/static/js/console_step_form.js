// The pieces of the console's step forms (editing a step, adding one): which types a facilitator
// adds by hand, and each type's option fields from its declaration.
import { t, h } from "./dom.js";
import { names, moduleOf } from "./activities.js";
import { declaration } from "./declarations.js";

/** The types a facilitator adds by hand, in the order their console modules ask for. */
export function addable() {
  const order = (name) => (moduleOf(name).addStep ? moduleOf(name).addStep.order : Infinity);
  return names.filter((name) => moduleOf(name).addStep !== null)
    .map((name, index) => ({ name, index }))
    .sort((a, b) => (order(a.name) - order(b.name)) || (a.index - b.index))
    .map(({ name }) => name);
}

/** The option fields of `activity`: kind, range and default from its declaration, label and test
 * id from its console module. A 0–1 option is a switch. */
function optionSpecs(activity) {
  const kind = declaration(activity);
  const labels = moduleOf(activity).options || {};
  return Object.entries(kind ? kind.options : {}).map(([key, rule]) => ({
    key, min: rule.low, max: rule.high, fallback: rule.default,
    kind: rule.low === 0 && rule.high === 1 ? "switch" : "number",
    label: (labels[key] && labels[key].label) || null,
    testid: (labels[key] && labels[key].testid) || key,
  }));
}

export function numberOrNull(value) {
  if (value === "" || value == null) return null;
  const number = Number(value);
  return Number.isFinite(number) ? Math.round(number) : NaN;
}

export const field = (label, input) => h("label", { class: "field" }, h("span", { class: "field__label", text: label }), input);

/** The option fields of `activity` filled from `values`; read() gives the options, or null if one is not a number. */
export function optionFields(activity, values, prefix) {
  const inputs = optionSpecs(activity).map((spec) => {
    const label = spec.label ? t(spec.label) : spec.key;
    if (spec.kind === "switch") {
      const box = h("input", { type: "checkbox", checked: Boolean(values[spec.key] ?? spec.fallback), testid: `${prefix}-${spec.testid}` });
      return { spec, input: box, node: h("label", { class: "check" }, box, h("span", { text: label })) };
    }
    const input = h("input", { class: "input", type: "number", min: spec.min, max: spec.max,
      value: values[spec.key] ?? spec.fallback, testid: `${prefix}-${spec.testid}` });
    return { spec, input, node: field(label, input) };
  });
  const numbers = inputs.filter((i) => i.spec.kind === "number").map((i) => i.node);
  const switches = inputs.filter((i) => i.spec.kind === "switch").map((i) => i.node);
  return {
    empty: !inputs.length,
    nodes: [numbers.length ? h("div", { class: "field-row" }, numbers) : null, switches],
    read() {
      const options = {};
      for (const { spec, input } of inputs) {
        if (spec.kind === "switch") { options[spec.key] = input.checked ? 1 : 0; continue; }
        const number = numberOrNull(input.value);
        if (Number.isNaN(number)) { input.focus(); return null; }
        options[spec.key] = number ?? spec.fallback;
      }
      return options;
    },
  };
}
