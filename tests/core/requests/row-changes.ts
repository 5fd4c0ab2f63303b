import fc from "fast-check";
import type { RequestRecord } from "../../../src/core/model";
import type { VisibleRows } from "../../../src/core/requests";

/** The changes a capture hands VisibleRows: arrivals, answers replacing a record, removals, the cap's drop. */
export type RowChange =
  | { kind: "add"; records: RequestRecord[] }
  | { kind: "replace"; pick: number; with: RequestRecord }
  | { kind: "remove"; picks: number[] }
  | { kind: "drop-oldest"; count: number };

export function rowChangeArb(recordArb: fc.Arbitrary<RequestRecord>, most = 5): fc.Arbitrary<RowChange> {
  return fc.oneof(
    fc.record({ kind: fc.constant("add" as const), records: fc.array(recordArb, { maxLength: most }) }),
    fc.record({ kind: fc.constant("replace" as const), pick: fc.nat(), with: recordArb }),
    fc.record({ kind: fc.constant("remove" as const), picks: fc.array(fc.nat(), { maxLength: 3 }) }),
    fc.record({ kind: fc.constant("drop-oldest" as const), count: fc.integer({ min: 1, max: 4 }) }),
  );
}

/** Applies one change to the rows and to the plain list they must match; returns the new list. */
export function applyRowChange(
  rows: VisibleRows,
  records: RequestRecord[],
  change: RowChange,
): RequestRecord[] {
  switch (change.kind) {
    case "add":
      rows.add(change.records);
      return [...records, ...change.records];
    case "replace": {
      if (records.length === 0) return records;
      const index = change.pick % records.length;
      const before = records[index] as RequestRecord;
      const after = { ...change.with, id: before.id };
      rows.replace(before, after);
      return records.with(index, after);
    }
    case "remove": {
      if (records.length === 0) return records;
      const doomed = new Set(change.picks.map((p) => records[p % records.length] as RequestRecord));
      rows.remove([...doomed]);
      return records.filter((r) => !doomed.has(r));
    }
    case "drop-oldest":
      rows.remove(records.slice(0, change.count));
      return records.slice(change.count);
  }
}
