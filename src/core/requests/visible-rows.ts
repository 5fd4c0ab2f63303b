import type { RequestRecord } from "../model";
import { compareSortKeys, type RowOrder, type SortKey, sortKeyOf } from "./row-order";
import { rowRanksOf } from "./row-ranks";

export type RowPredicate = (record: RequestRecord) => boolean;

interface Row {
  record: RequestRecord;
  /** Arrival order among every record seen, matching or not: breaks ties as byStartTime's position does. */
  seq: number;
  /** The record's own start in ms, NaN when unreadable. */
  start: number;
  /** Sort key: the start, or for an unreadable one the start of the matching row that arrived before it. */
  key: number;
  /** The sorted column's key, under a RowOrder; empty in the default order. */
  sortKey: SortKey;
}

const startOf = (record: RequestRecord) => Date.parse(record.startedDateTime);

// Not `a.key - b.key`: two rows before any readable start both have -Infinity, and -Infinity - -Infinity is NaN.
const byStart = (a: Row, b: Row) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.seq - b.seq);
/** A column's order; ties keep arrival order whichever the direction, so equal rows never swap on a click. */
const bySortKey = (sign: 1 | -1) => (a: Row, b: Row) =>
  sign * compareSortKeys(a.sortKey, b.sortKey) || a.seq - b.seq;
const NO_KEY: SortKey = [];
const bySeq = (a: Row, b: Row) => a.seq - b.seq;
const NO_ROWS: ReadonlySet<Row> = new Set();

/**
 * The records that match a predicate, in byStartTime order (start time, ties and unreadable starts by arrival) or
 * sorted by a column (ties by arrival), kept up to date one change at a time: adding a record costs a binary search
 * and, in the common case of the newest start, an append, whether 100 rows are kept or 100,000. Ids are unique;
 * records are never mutated.
 */
export class VisibleRows {
  #match: RowPredicate;
  #order: RowOrder | null;
  #compare: (a: Row, b: Row) => number;
  /** Matching rows in order; those before #head are removed ones not yet compacted away. */
  #rows: Row[] = [];
  #head = 0;
  /** Rows by id, made when first asked (a selection, an update): a new query alone never needs it. */
  #rowIndex: Map<string, Row> | undefined;
  /**
   * Arrival order of every record, so a record that starts matching on an update finds its place: the records
   * rebuilt from are numbered by position (a map of them is made only when an update asks), later ones as they come.
   */
  #source: readonly RequestRecord[] = [];
  #sourceSeq: Map<string, number> | undefined;
  #laterSeq = new Map<string, number>();
  #nextSeq = 0;
  /**
   * Matching rows without a readable start: in the default order their keys follow other rows, so changes around
   * them re-key all. A column's keys are the row's own.
   */
  #unreadable = 0;

  constructor(match: RowPredicate = () => true, order: RowOrder | null = null) {
    this.#match = match;
    this.#order = order;
    this.#compare = compareFor(order);
  }

  get order(): RowOrder | null {
    return this.#order;
  }

  get length(): number {
    return this.#rows.length - this.#head;
  }

  at(index: number): RequestRecord | undefined {
    return index < 0 ? undefined : this.#rows[this.#head + index]?.record;
  }

  slice(start = 0, end = this.length): RequestRecord[] {
    const rows = this.#rows.slice(this.#head + Math.max(0, start), this.#head + Math.min(end, this.length));
    return rows.map((row) => row.record);
  }

  /** Position of the row with this id, -1 when it is not shown. */
  indexOf(id: string): number {
    const row = this.#rowOf().get(id);
    return row ? this.#positionOf(row) - this.#head : -1;
  }

  /**
   * Starts over from every record, in arrival order, with a new predicate (and order, when given). The records'
   * order is worked out once per records array (rowRanksOf), so a new query costs one pass and no sort of rows.
   */
  rebuild(
    records: readonly RequestRecord[],
    match: RowPredicate,
    order: RowOrder | null = this.#order,
  ): void {
    this.#match = match;
    this.#order = order;
    this.#compare = compareFor(order);
    this.#rowIndex = undefined;
    this.#source = records;
    this.#sourceSeq = undefined;
    this.#laterSeq.clear();
    this.#nextSeq = records.length;
    const { rank, order: seqs, records: placed, starts, sortKeys } = rowRanksOf(records, order);
    // In start order the records are tested in place order (a log is nearly in start order: reads stay forward).
    // Under a column, matching records are marked at their place in a pass in file order, then read back in order.
    let marked: Uint8Array | undefined;
    if (order) {
      marked = new Uint8Array(records.length);
      for (let seq = 0; seq < records.length; seq++)
        if (match(records[seq] as RequestRecord)) marked[rank[seq] as number] = 1;
    }
    const next = (after: number) => {
      if (marked) return marked.indexOf(1, after + 1);
      for (let place = after + 1; place < placed.length; place++)
        if (match(placed[place] as RequestRecord)) return place;
      return -1;
    };
    // The previous rows are nobody else's (at and slice hand out records): refilled in place, so typing a query
    // allocates no row objects.
    const rows = this.#rows;
    let count = 0;
    let unreadable = 0;
    for (let place = next(-1); place !== -1; place = next(place)) {
      const start = starts[place] as number;
      if (Number.isNaN(start)) unreadable++;
      const sortKey = order ? (sortKeys[place] as SortKey) : NO_KEY;
      const record = placed[place] as RequestRecord;
      const seq = seqs[place] as number;
      const row = rows[count++];
      if (!row) {
        rows.push({ record, seq, start, key: start, sortKey });
        continue;
      }
      row.record = record;
      row.seq = seq;
      row.start = start;
      row.key = start;
      row.sortKey = sortKey;
    }
    rows.length = count;
    this.#head = 0;
    this.#unreadable = unreadable;
    // In the default order a row without a readable start follows the matching row that arrived before it.
    if (unreadable > 0 && order === null) this.#rekey();
  }

  /** Newly arrived records, in arrival order. */
  add(records: readonly RequestRecord[]): void {
    let unreadable = false;
    for (const record of records) {
      const seq = this.#nextSeq++;
      this.#laterSeq.set(record.id, seq);
      if (!this.#match(record)) continue;
      const row = this.#rowFor(record, seq);
      this.#insert(row);
      unreadable ||= Number.isNaN(row.start);
    }
    // The newest arrival is nobody's predecessor: only an unreadable start of its own needs keys worked out.
    if (unreadable && this.#order === null) this.#rekey();
  }

  /** A newer copy of a record (same id), kept in its arrival place; it may start or stop matching. */
  replace(before: RequestRecord, after: RequestRecord): void {
    const seq = this.#seqOf(before.id);
    if (seq === undefined) {
      this.add([after]);
      return;
    }
    const row = this.#rowOf().get(before.id);
    const matches = this.#match(after);
    if (row && matches && this.#sameKeys(row, after)) {
      row.record = after;
      return;
    }
    if (row) this.#take(row);
    if (matches) this.#insert(this.#rowFor(after, seq));
    if (this.#unreadable > 0 && this.#order === null) this.#rekey();
  }

  remove(records: readonly RequestRecord[]): void {
    const doomed = new Set<Row>();
    for (const record of records) {
      this.#laterSeq.delete(record.id);
      this.#sourceSeq?.delete(record.id);
      const row = this.#rowOf().get(record.id);
      if (!row) continue;
      this.#rowIndex?.delete(record.id);
      doomed.add(row);
      if (Number.isNaN(row.start)) this.#unreadable--;
    }
    if (doomed.size === 0) return;
    // Past the cap the oldest go, nearly always the first rows: skip them instead of moving every other row.
    while (this.#head < this.#rows.length && doomed.delete(this.#rows[this.#head] as Row)) this.#head++;
    this.#compact(doomed);
    if (this.#unreadable > 0 && this.#order === null) this.#rekey();
  }

  #rowOf(): Map<string, Row> {
    this.#rowIndex ??= new Map(this.#rows.slice(this.#head).map((row) => [row.record.id, row]));
    return this.#rowIndex;
  }

  #seqOf(id: string): number | undefined {
    const later = this.#laterSeq.get(id);
    if (later !== undefined) return later;
    this.#sourceSeq ??= new Map(this.#source.map((record, seq) => [record.id, seq]));
    return this.#sourceSeq.get(id);
  }

  #rowFor(record: RequestRecord, seq: number): Row {
    const start = startOf(record);
    const sortKey = this.#order ? sortKeyOf(this.#order.column, record) : NO_KEY;
    return { record, seq, start, key: start, sortKey };
  }

  /** Whether a newer copy of a row's record sorts where the row is. */
  #sameKeys(row: Row, after: RequestRecord): boolean {
    if (!Object.is(startOf(after), row.start)) return false;
    return !this.#order || compareSortKeys(row.sortKey, sortKeyOf(this.#order.column, after)) === 0;
  }

  /** First position whose row sorts at or after `row`. */
  #positionOf(row: Row): number {
    let low = this.#head;
    let high = this.#rows.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.#compare(this.#rows[middle] as Row, row) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  #insert(row: Row): void {
    this.#rowIndex?.set(row.record.id, row);
    if (Number.isNaN(row.start)) this.#unreadable++;
    const last = this.#rows[this.#rows.length - 1];
    if (this.length === 0 || (last && this.#compare(last, row) < 0)) this.#rows.push(row);
    else this.#rows.splice(this.#positionOf(row), 0, row);
  }

  #take(row: Row): void {
    this.#rowIndex?.delete(row.record.id);
    if (Number.isNaN(row.start)) this.#unreadable--;
    const position = this.#positionOf(row);
    if (position === this.#head) this.#head++;
    else this.#rows.splice(position, 1);
    this.#compact(NO_ROWS);
  }

  /** Drops the doomed rows in one pass, and the skipped head with them once it is worth the move. */
  #compact(doomed: ReadonlySet<Row>): void {
    if (doomed.size === 0 && (this.#head < 1024 || this.#head * 2 < this.#rows.length)) return;
    let kept = 0;
    for (let i = this.#head; i < this.#rows.length; i++) {
      const row = this.#rows[i] as Row;
      if (!doomed.has(row)) this.#rows[kept++] = row;
    }
    this.#rows.length = kept;
    this.#head = 0;
  }

  /** Works every key out again, as byStartTime does: unreadable starts inherit from the row that arrived before. */
  #rekey(): void {
    const rows = this.#rows.slice(this.#head).sort(bySeq);
    let previous = Number.NEGATIVE_INFINITY;
    this.#unreadable = 0;
    for (const row of rows) {
      if (Number.isNaN(row.start)) this.#unreadable++;
      else previous = row.start;
      row.key = previous;
    }
    this.#rows = rows.sort(this.#compare);
    this.#head = 0;
  }
}

function compareFor(order: RowOrder | null): (a: Row, b: Row) => number {
  if (!order) return byStart;
  return bySortKey(order.direction === "ascending" ? 1 : -1);
}
