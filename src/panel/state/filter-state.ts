import { computed, signal } from "@preact/signals";
import { type Filter, matchesFilter, parseFilter } from "../../core/filter";
import type { Bucket } from "../../core/model";
import type { RowPredicate } from "../../core/requests";

/** The filter query and the class chip; together they decide which rows of the shown view match. */
export function createFilterState() {
  const query = signal("");
  const chip = signal<Bucket | null>(null);
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
    const bucket = chip.value;
    // A pending request has no class yet: it counts in no chip, so no chip shows it.
    return (record) =>
      (bucket === null || (record.bucket === bucket && !record.pending)) &&
      (filter === undefined || matchesFilter(filter, record));
  });
  return {
    query,
    chip,
    parsedQuery,
    predicate,
    toggleChip(bucket: Bucket): void {
      chip.value = chip.value === bucket ? null : bucket;
    },
  };
}
