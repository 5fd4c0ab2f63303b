import type { HeaderField } from "../model";

/** Names pooled at most; past it new names get fields of their own (a hostile HAR cannot grow the pool). */
const MAX_NAMES = 4096;
/** Values pooled per name, the first seen: User-Agent or Accept repeat on every request, X-Request-Id never. */
const MAX_VALUES = 64;

const pool = new Map<string, Map<string, HeaderField>>();

/**
 * The one shared HeaderField for a name and value that repeat across requests, else a new one. A big HAR repeats
 * most of its headers on every entry; sharing them keeps one object and one string where the file had thousands.
 */
export function internedField(name: string, value: string): HeaderField {
  let values = pool.get(name);
  if (values === undefined) {
    if (pool.size >= MAX_NAMES) return { name, value };
    values = new Map();
    pool.set(name, values);
  }
  const shared = values.get(value);
  if (shared) return shared;
  const field = { name, value };
  if (values.size < MAX_VALUES) values.set(value, field);
  return field;
}
