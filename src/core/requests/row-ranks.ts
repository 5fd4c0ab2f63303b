import type { RequestRecord } from "../model";
import { compareSortKeys, type RowOrder, type SortKey, sortKeyOf } from "./row-order";

/**
 * Where every record of one records array sorts under one order, worked out once: a new query over the same
 * records (each keystroke in the filter box) then costs a pass and a sort of integers, not a sort of rows.
 */
export interface RowRanks {
  /** Per record, by its position in the array: its place in the order. */
  readonly rank: Int32Array;
  /**
   * Per place, in order: the record's position in the array, the record, its start in ms (NaN when unreadable)
   * and its column's sort key (none in the default order). Laid out by place, so listing the matching rows reads
   * forward through memory whatever the column.
   */
  readonly order: Int32Array;
  readonly records: readonly RequestRecord[];
  readonly starts: Float64Array;
  readonly sortKeys: readonly SortKey[];
}

const NO_KEYS: readonly SortKey[] = [];
const startsOf = new WeakMap<readonly RequestRecord[], Float64Array>();
const ranksOf = new WeakMap<readonly RequestRecord[], Map<string, RowRanks>>();

function startsFor(records: readonly RequestRecord[]): Float64Array {
  let starts = startsOf.get(records);
  if (!starts) {
    starts = Float64Array.from(records, (record) => Date.parse(record.startedDateTime));
    startsOf.set(records, starts);
  }
  return starts;
}

/**
 * The ranks of a records array (never mutated: the store's records() view) under an order; kept while the array
 * lives. In the default order a record with no readable start ranks first: callers that show such rows order
 * them themselves (they follow the matching row that arrived before them).
 */
export function rowRanksOf(records: readonly RequestRecord[], order: RowOrder | null): RowRanks {
  const name = order ? `${order.column} ${order.direction}` : "start";
  let byOrder = ranksOf.get(records);
  const known = byOrder?.get(name);
  if (known) return known;
  const starts = startsFor(records);
  const sortKeys = order ? records.map((record) => sortKeyOf(order.column, record)) : NO_KEYS;
  const sign = order?.direction === "descending" ? -1 : 1;
  const keys = starts.map((start) => (Number.isNaN(start) ? Number.NEGATIVE_INFINITY : start));
  // A plain array: Array.prototype.sort (TimSort, quick on the long sorted runs a log has) beats a typed array's.
  const placed = Array.from(records, (_, index) => index).sort(
    order
      ? (a, b) => sign * compareSortKeys(sortKeys[a] as SortKey, sortKeys[b] as SortKey) || a - b
      : (a, b) => (keys[a] as number) - (keys[b] as number) || a - b,
  );
  const rank = new Int32Array(records.length);
  for (let place = 0; place < placed.length; place++) rank[placed[place] as number] = place;
  const ranks = {
    rank,
    order: Int32Array.from(placed),
    records: placed.map((index) => records[index] as RequestRecord),
    starts: Float64Array.from(placed, (index) => starts[index] as number),
    sortKeys: order ? placed.map((index) => sortKeys[index] as SortKey) : NO_KEYS,
  };
  if (!byOrder) {
    byOrder = new Map();
    ranksOf.set(records, byOrder);
  }
  byOrder.set(name, ranks);
  return ranks;
}
