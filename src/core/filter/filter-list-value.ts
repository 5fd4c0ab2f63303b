import { closestWord } from "./closest-word";

export type ListValueResult =
  | { ok: true; items: string[] }
  | { ok: false; message: string; suggestion?: string };

export interface ListRules {
  /** What one item is called in messages: "method", "resource type". */
  noun: string;
  /** Normalises one item (case, parameters). */
  normalize: (item: string) => string;
  /** Well-formed items; the closed set, when there is one, comes through `known`. */
  pattern?: RegExp;
  known?: readonly string[];
}

/** A comma- (or |-) separated value such as `method:GET,POST`, each item checked; typos get the nearest known item. */
export function parseListValue(value: string, rules: ListRules): ListValueResult {
  const raw = value.split(/[,|]/);
  const nonEmpty = raw.filter((item) => item !== "");
  if (nonEmpty.length === 0) return { ok: false, message: `Give a ${rules.noun} after the colon.` };
  if (nonEmpty.length !== raw.length) {
    return { ok: false, message: "Empty item in the list.", suggestion: nonEmpty.join(",") };
  }
  const items = nonEmpty.map(rules.normalize);
  const fixed: string[] = [];
  let bad: string | undefined;
  let fixable = true;
  for (const item of items) {
    const known = rules.known ? rules.known.includes(item) : true;
    const wellFormed = rules.pattern ? rules.pattern.test(item) : true;
    if (known && wellFormed) {
      fixed.push(item);
      continue;
    }
    bad ??= item;
    const nearest = rules.known ? closestWord(item, rules.known) : undefined;
    if (nearest) fixed.push(nearest);
    else fixable = false;
  }
  if (bad === undefined) return { ok: true, items };
  const message = `Unknown ${rules.noun} “${bad}”.`;
  return fixable ? { ok: false, message, suggestion: fixed.join(",") } : { ok: false, message };
}
