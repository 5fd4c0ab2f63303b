import { formatFilter } from "./filter-format";
import { parseFilter } from "./filter-parser";
import type { Filter, IsValue } from "./filter-term";

const asks = (filter: Filter, value: IsValue) =>
  filter.terms.some((t) => t.key === "is" && t.value === value && !t.negated);

/** Whether the query asks for `is:<value>` (not negated); false for a query that does not parse. */
export function queryAsksIs(query: string, value: IsValue): boolean {
  const parsed = parseFilter(query);
  return parsed.ok && asks(parsed.filter, value);
}

/**
 * The query with `is:<value>` taken out when it asks for it, else put in, replacing any term for the other values
 * of `exclusive` (values no request has two of, such as failure kinds: `is:cors is:blocked` would match nothing).
 * A query that does not parse keeps its text, with the term added at its end.
 */
export function toggleIsTerm(query: string, value: IsValue, exclusive: readonly IsValue[] = []): string {
  const parsed = parseFilter(query);
  if (!parsed.ok) return `${query.trimEnd()} is:${value}`.trimStart();
  const asked = asks(parsed.filter, value);
  const kept = parsed.filter.terms.filter(
    (t) => !(t.key === "is" && !t.negated && (t.value === value || exclusive.includes(t.value))),
  );
  return formatFilter({ terms: asked ? kept : [...kept, { key: "is", value, negated: false }] });
}
