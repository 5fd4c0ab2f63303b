import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Bucket, RequestRecord } from "../../../src/core/model";
import { byStartTime } from "../../../src/core/requests/start-order";
import { type RowPredicate, VisibleRows } from "../../../src/core/requests/visible-rows";
import { runs } from "../../fast-check-runs";
import { recordWith } from "../record-builder";
import { applyRowChange, rowChangeArb } from "./row-changes";

const at = (second: number | null, status = 200) =>
  recordWith({
    status,
    startedDateTime: second === null ? "" : new Date(Date.UTC(2026, 10, 25, 10, 0, second)).toISOString(),
  });

const ids = (rows: VisibleRows) => rows.slice().map((r) => r.id);
const all: RowPredicate = () => true;
const only =
  (bucket: Bucket): RowPredicate =>
  (r) =>
    r.bucket === bucket;

describe("VisibleRows", () => {
  it("sorts by start time, ties by arrival, an unreadable start after the row that arrived before it", () => {
    const late = at(5);
    const early = at(1);
    const tie = at(1);
    const broken = at(null);
    const rows = new VisibleRows();
    rows.add([late, early, tie, broken]);
    expect(ids(rows)).toEqual(byStartTime([late, early, tie, broken]).map((r) => r.id));
    expect(ids(rows)).toEqual([early.id, tie.id, broken.id, late.id]);
  });

  it("adds only matching records, and finds a row's position by id", () => {
    const rows = new VisibleRows(only("4xx"));
    const ok = at(1);
    const missing = at(2, 404);
    rows.add([ok, missing]);
    expect(ids(rows)).toEqual([missing.id]);
    expect(rows.indexOf(missing.id)).toBe(0);
    expect(rows.indexOf(ok.id)).toBe(-1);
    expect(rows.at(0)).toBe(missing);
    expect(rows.at(1)).toBeUndefined();
  });

  it("lets a replaced record enter or leave the match, in its start-time place", () => {
    const rows = new VisibleRows(only("5xx"));
    const first = at(1, 500);
    const pending = recordWith({ ...at(2), status: 0, pending: true, bucket: "failed" });
    const last = at(3, 503);
    rows.add([first, pending, last]);
    const answered = { ...pending, status: 502, bucket: "5xx" as const, pending: undefined };
    rows.replace(pending, answered);
    expect(ids(rows)).toEqual([first.id, answered.id, last.id]);
    expect(rows.at(1)).toBe(answered);
    rows.replace(first, { ...first, status: 200, bucket: "2xx" });
    expect(ids(rows)).toEqual([answered.id, last.id]);
  });

  it("drops removed rows, the oldest first as past a cap", () => {
    const records = Array.from({ length: 3000 }, (_, i) => at(i % 60));
    const rows = new VisibleRows();
    rows.add(records);
    rows.remove(records.slice(0, 2500));
    expect(ids(rows)).toEqual(byStartTime(records.slice(2500)).map((r) => r.id));
    rows.remove([records[2999] as RequestRecord]);
    expect(rows.length).toBe(499);
  });

  it("rebuilds from every record with a new predicate, and adds after it in arrival order", () => {
    const records = [at(3, 404), at(1, 200), at(2, 404)];
    const rows = new VisibleRows();
    rows.add(records);
    rows.rebuild(records, only("4xx"));
    expect(ids(rows)).toEqual([records[2]?.id, records[0]?.id]);
    const tie = at(2, 404);
    rows.add([tie]);
    expect(ids(rows)).toEqual([records[2]?.id, tie.id, records[0]?.id]);
  });

  it("tests one new record against the predicate, not every kept one, at 100,000 rows", () => {
    let tested = 0;
    const counting: RowPredicate = () => {
      tested++;
      return true;
    };
    const records = Array.from({ length: 100_000 }, (_, i) => at(i % 60));
    const rows = new VisibleRows();
    rows.rebuild(records, counting);
    tested = 0;
    const newest = at(59);
    rows.add([newest]);
    rows.replace(newest, { ...newest, status: 404, bucket: "4xx" });
    expect(tested).toBe(2);
    expect(rows.at(rows.length - 1)?.id).toBe(newest.id);
  });

  it("equals a from-scratch filter and byStartTime after any sequence of changes", () => {
    const predicates: RowPredicate[] = [all, only("4xx"), (r) => r.status % 2 === 0];
    const statuses = [200, 404, 500, 0];
    const recordArb = fc
      .record({
        second: fc.option(fc.integer({ min: 0, max: 6 }), { freq: 6 }),
        status: fc.constantFrom(...statuses),
      })
      .map(({ second, status }) => at(second, status));
    const op = fc.oneof(
      rowChangeArb(recordArb, 6),
      fc.record({ kind: fc.constant("rebuild" as const), predicate: fc.nat({ max: predicates.length - 1 }) }),
    );
    fc.assert(
      fc.property(fc.nat({ max: predicates.length - 1 }), fc.array(op, { maxLength: 40 }), (first, ops) => {
        let match = predicates[first] as RowPredicate;
        let records: RequestRecord[] = [];
        const rows = new VisibleRows(match);
        for (const step of ops) {
          if (step.kind !== "rebuild") records = applyRowChange(rows, records, step);
          else {
            match = predicates[step.predicate] as RowPredicate;
            rows.rebuild(records, match);
          }
          expect(ids(rows)).toEqual(byStartTime(records.filter(match)).map((r) => r.id));
        }
      }),
      { numRuns: runs(500) },
    );
  });
});
