import { batch, computed, signal } from "@preact/signals";
import { compileFilter, type Filter, type IsValue, parseFilter, toggleIsTerm } from "../../core/filter";
import type { Bucket, FailureKind } from "../../core/model";
import type { RowPredicate } from "../../core/requests";

/** The Failed chip's kinds that have an `is:` value; no request has two, so at most one is in the query. */
export const FAILURE_KIND_TERMS = [
  "network",
  "blocked",
  "canceled",
  "cors",
] as const satisfies readonly (FailureKind & IsValue)[];
export type FailureKindTerm = (typeof FAILURE_KIND_TERMS)[number];

const NO_CHIPS: ReadonlySet<Bucket> = new Set();

/** Rows picked by id rather than by query: a problem group's requests, which no query term names. */
export interface RowFocus {
  /** What the rows have in common, shown above the list. */
  label: string;
  ids: ReadonlySet<string>;
}

/** The filter query and the class chips pressed; together they decide which rows of the shown view match. */
export function createFilterState() {
  const query = signal("");
  /** Classes shown; none pressed shows every class. */
  const chips = signal<ReadonlySet<Bucket>>(NO_CHIPS);
  const focus = signal<RowFocus | null>(null);
  const parsedQuery = computed(() => parseFilter(query.value));
  let lastGoodFilter: Filter | undefined;
  // A bad query keeps the previous result on screen; the error is shown beside the input.
  const activeFilter = computed(() => {
    const parsed = parsedQuery.value;
    if (parsed.ok) lastGoodFilter = parsed.filter;
    return lastGoodFilter;
  });
  const predicate = computed((): RowPredicate => {
    const filter = activeFilter.value;
    const shown = chips.value;
    const ids = focus.value?.ids;
    // Compiled once per query, not per row; alone (no focus, no chip) it is the predicate itself.
    const matches = filter === undefined ? undefined : compileFilter(filter);
    if (matches && ids === undefined && shown.size === 0) return matches;
    // A pending request has no class yet: it counts in no chip, so no chip shows it.
    return (record) =>
      (ids === undefined || ids.has(record.id)) &&
      (shown.size === 0 || (shown.has(record.bucket) && !record.pending)) &&
      (matches === undefined || matches(record));
  });
  return {
    query,
    chips,
    parsedQuery,
    focus,
    predicate,
    /** Lists exactly these rows (a problem group's): every class, no query, until `showQuery` or `clearFocus`. */
    focusRows(label: string, ids: readonly string[]): void {
      batch(() => {
        query.value = "";
        chips.value = NO_CHIPS;
        focus.value = { label, ids: new Set(ids) };
      });
    },
    clearFocus(): void {
      focus.value = null;
    },
    /** Replaces the query (a summary endpoint's), over every class and every row. */
    showQuery(text: string): void {
      batch(() => {
        query.value = text;
        chips.value = NO_CHIPS;
        focus.value = null;
      });
    },
    /**
     * A chip click. Plain: only this class, or every class again when it was the only one. With Ctrl/Cmd
     * (`combine`): this class joins or leaves those shown.
     */
    toggleChip(bucket: Bucket, combine = false): void {
      const shown = chips.value;
      if (!combine) {
        chips.value = shown.size === 1 && shown.has(bucket) ? NO_CHIPS : new Set([bucket]);
        return;
      }
      const next = new Set(shown);
      if (!next.delete(bucket)) next.add(bucket);
      chips.value = next;
    },
    /** A Failed kind's shortcut: puts its `is:` term in the query (replacing another kind's), or takes it out. */
    toggleFailureKind(kind: FailureKindTerm): void {
      batch(() => {
        query.value = toggleIsTerm(query.value, kind, FAILURE_KIND_TERMS);
        // Chips that leave Failed out would hide every row the term asks for.
        if (chips.value.size > 0 && !chips.value.has("failed")) chips.value = NO_CHIPS;
      });
    },
  };
}
