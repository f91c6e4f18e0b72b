// Texts that depend on a number. The server sends such a text as both of the catalog's forms,
// [for one, for others] (web/strings.py's plural()), from the same catalog as its own pages, so a
// phone says "1 piste" and "3 pistettä", never "1 dots".
import { boot, fill } from "./dom.js";

/** The form of `key` for the number `n`, with {name} placeholders filled from `params`.
 *  Finnish and English choose the same way: the first form for exactly one, else the second. */
export function tn(key, n, params) {
  const forms = boot().strings[key];
  if (!Array.isArray(forms)) {
    console.warn(`facilitator: missing plural UI string ${key}`);
    return key;
  }
  return fill(forms[Number(n) === 1 ? 0 : 1], params);
}
