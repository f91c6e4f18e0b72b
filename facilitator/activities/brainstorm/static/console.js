// Brainstorm on the console: the ideas board (core), the private-writing option.
import { t } from "/static/js/dom.js";
import { option } from "/static/js/declarations.js";

export const board = true;
export const addStep = { order: 1 };
export const options = {
  private: { label: "field_private", testid: "private" },
  named: { label: "field_named", testid: "named" },
};

export function meta(step) {
  return [option(step, "private") ? t("ideas_private") : null, option(step, "named") ? t("ideas_named") : null].filter(Boolean);
}
