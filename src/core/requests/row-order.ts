import type { RequestRecord } from "../model";

/** The columns a list can be sorted by, besides its default start-time order. */
export const SORT_COLUMNS = ["status", "method", "name", "type", "size", "time"] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

export const SORT_DIRECTIONS = ["ascending", "descending"] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

/** A sort by one column; `null` where one is taken means the default order, by start time. */
export interface RowOrder {
  column: SortColumn;
  direction: SortDirection;
}

/** What a row sorts by, compared element by element; where the elements before are equal, types match. */
export type SortKey = readonly (number | string)[];

// Ascending by status: requests still waiting, then those without a response grouped by kind and error, then codes.
const PENDING = 0;
const FAILED = 1;
const ANSWERED = 2;

// A NaN would compare neither below nor above anything and break the binary search: read it as unknown (-1).
const finite = (value: number) => (Number.isNaN(value) ? -1 : value);
const lexical = (text: string): SortKey => [text.toLowerCase(), text];

/** The key a record sorts by under a column; computed once per row, so adding a row stays a binary search. */
export function sortKeyOf(column: SortColumn, record: RequestRecord): SortKey {
  switch (column) {
    case "status":
      if (record.pending) return [PENDING, "", ""];
      if (record.failure) return [FAILED, record.failure.kind, record.failure.error ?? ""];
      return [ANSWERED, finite(record.status), record.statusText];
    case "method":
      return lexical(record.method);
    case "name":
      return [...lexical(record.path || record.url), record.host];
    case "type":
      return lexical(record.resourceType);
    case "size":
      // As DevTools: served from cache first, then bytes transferred, then the body's size.
      return [record.fromCache ? 0 : 1, finite(record.transferSize), finite(record.responseBodySize)];
    case "time":
      // Still running sorts as the longest: its time is not known yet, only that it is growing.
      return [record.pending ? Number.POSITIVE_INFINITY : finite(record.timeMs)];
  }
}

export function compareSortKeys(a: SortKey, b: SortKey): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a[i] as number | string;
    const y = b[i] as number | string;
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return a.length - b.length;
}

/** A header click, as the Network panel cycles it: ascending, descending, then back to the default order. */
export function nextRowOrder(current: RowOrder | null, column: SortColumn): RowOrder | null {
  if (current?.column !== column) return { column, direction: "ascending" };
  return current.direction === "ascending" ? { column, direction: "descending" } : null;
}
