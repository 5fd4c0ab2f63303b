import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RequestRecord } from "../../../src/core/model";
import { BUCKETS, FAILURE_KINDS } from "../../../src/core/model";
import { RequestStore } from "../../../src/core/requests/request-store";
import { fixtureRecords, recordsOf } from "../har-fixture";
import { recordWith } from "../record-builder";

function recount(records: readonly RequestRecord[]) {
  const buckets = Object.fromEntries(BUCKETS.map((b) => [b, records.filter((r) => r.bucket === b).length]));
  const failures = Object.fromEntries(
    FAILURE_KINDS.map((k) => [k, records.filter((r) => r.failure?.kind === k).length]),
  );
  return { buckets, failures };
}

describe("RequestStore", () => {
  const demo = fixtureRecords("chromium-demo.har");

  it("adds in arrival order, drops a second copy by id and counts per bucket and failure kind", () => {
    const store = new RequestStore();
    for (const record of demo) expect(store.add(record)).toBe(true);
    expect(store.add({ ...demo[5] } as RequestRecord)).toBe(false);
    expect(store.size).toBe(demo.length);
    expect(store.records()).toEqual(demo);
    expect(store.counts()).toEqual(recount(demo).buckets);
    expect(store.failureCounts()).toEqual({ network: 2, blocked: 1, canceled: 1, cors: 1, unknown: 0 });
    expect(store.get(demo[3]?.id ?? "")).toBe(demo[3]);
  });

  it("drops the oldest past the cap, says so, and keeps counts right", () => {
    const dropped: string[] = [];
    const store = new RequestStore({ cap: 10, onDrop: (record) => dropped.push(record.id) });
    for (const record of demo) store.add(record);
    const kept = demo.slice(-10);
    expect(store.records()).toEqual(kept);
    expect(store.dropped).toBe(demo.length - 10);
    expect(dropped).toEqual(demo.slice(0, -10).map((r) => r.id));
    expect(store.counts()).toEqual(recount(kept).buckets);
    expect(store.failureCounts()).toEqual(recount(kept).failures);
    expect(store.get(demo[0]?.id ?? "")).toBeUndefined();
  });

  it("filters in arrival order and clears", () => {
    const store = new RequestStore();
    for (const record of demo) store.add(record);
    expect(store.filter((r) => r.bucket === "failed").map((r) => r.failure?.kind)).toEqual([
      "network",
      "cors",
      "network",
      "canceled",
      "blocked",
    ]);
    store.clear();
    expect(store.size).toBe(0);
    expect(store.dropped).toBe(0);
    expect(store.records()).toEqual([]);
    expect(Object.values(store.counts()).every((n) => n === 0)).toBe(true);
  });

  it("drops response bodies of live records and keeps those of a loaded file", () => {
    const body = { mimeType: "application/json", text: "{}" };
    const store = new RequestStore();
    store.add(recordWith({ id: "live", responseBody: body }));
    store.add(recordWith({ id: "file", responseBody: body }), { from: "file" });
    expect(store.get("live")?.responseBody).toBeUndefined();
    expect(store.get("file")?.responseBody).toEqual(body);
  });

  it("replaces a request getHAR listed while pending with its finished copy, in place", () => {
    const store = new RequestStore();
    const pending = recordWith({
      id: "sse",
      status: 0,
      failure: { kind: "unknown" },
      timeMs: -1,
      pending: true,
    });
    const other = recordWith({ id: "other", status: 404 });
    const finished = recordWith({ id: "sse", index: 99, status: 200, timeMs: 5000 });
    store.add(pending);
    store.add(other);
    expect(store.add(finished)).toBe(true);
    expect(store.records().map((r) => [r.id, r.status, r.index])).toEqual([
      ["sse", 200, pending.index],
      ["other", 404, other.index],
    ]);
    expect(store.counts()).toMatchObject({ "2xx": 1, "4xx": 1, failed: 0 });
    expect(store.failureCounts().unknown).toBe(0);
    expect(store.add({ ...finished })).toBe(false);
  });

  it("matches a model (latest copy wins, oldest dropped past the cap) after any sequence of adds (property)", () => {
    const statuses = fc.constantFrom(0, 101, 200, 302, 404, 503, 999);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), statuses), { maxLength: 200 }),
        (cap, adds) => {
          const store = new RequestStore({ cap });
          const model = new Map<string, number>();
          for (const [n, status] of adds) {
            const id = `id${n}`;
            const changed = store.add(
              recordWith({ id, status, ...(status === 0 ? { failure: { kind: "network" } } : {}) }),
            );
            const before = model.get(id);
            expect(changed).toBe(before === undefined || before !== status);
            model.set(id, status);
            while (model.size > cap) model.delete(model.keys().next().value ?? "");
          }
          const kept = store.records();
          expect(kept.map((r) => [r.id, r.status])).toEqual([...model.entries()]);
          expect(store.size).toBe(kept.length);
          expect(store.counts()).toEqual(recount(kept).buckets);
          expect(store.failureCounts()).toEqual(recount(kept).failures);
        },
      ),
    );
  });

  it("replaces in place after thousands of drops (slots survive compaction)", () => {
    const store = new RequestStore({ cap: 100 });
    for (let i = 0; i < 5000; i++) store.add(recordWith({ id: `n${i}`, status: 200 }));
    expect(store.add(recordWith({ id: "n4950", status: 500 }))).toBe(true);
    expect(store.records()[50]).toMatchObject({ id: "n4950", status: 500 });
    expect(store.counts()).toMatchObject({ "2xx": 99, "5xx": 1 });
  });

  // Speed is measured by benchmarks, not by a timed unit test; this checks the result of many drops.
  it("keeps the newest 5000 of 100 000 records, with the counts right", () => {
    const store = new RequestStore({ cap: 5000 });
    for (let i = 0; i < 100_000; i++) store.add(recordWith({ id: `n${i}`, status: i % 2 ? 200 : 404 }));
    expect(store.size).toBe(5000);
    expect(store.records()[0]?.id).toBe("n95000");
    expect(store.records()[4999]?.id).toBe("n99999");
    expect(store.counts()).toMatchObject({ "2xx": 2500, "4xx": 2500 });
    expect(store.get("n94999")).toBeUndefined();
    expect(store.dropped).toBe(95_000);
  });

  it("keeps 100 000 records by default", () => {
    const store = new RequestStore();
    for (let i = 0; i < 100_001; i++) store.add(recordWith({ id: `n${i}`, status: 200 }));
    expect(store.size).toBe(100_000);
    expect(store.dropped).toBe(1);
    expect(store.records()[0]?.id).toBe("n1");
  });
});

describe("RequestStore with a real pending capture", () => {
  const capture = JSON.parse(readFileSync("tests/fixtures/har/chromium-pending.json", "utf8"));

  it("keeps one row per request, the finished copy, when getHAR listed it in flight", () => {
    const early = recordsOf(capture.getHAR);
    const late = recordsOf(capture.onRequestFinished);
    expect(early.map((r) => [r.path, r.status, r.pending])).toEqual([
      ["/slow", 0, true],
      ["/stream", 200, undefined],
    ]);
    const store = new RequestStore();
    for (const record of early) store.add(record);
    // A request still waiting for its answer counts in no class, as the Network panel's (pending) row.
    expect(store.counts().failed).toBe(0);
    expect(store.pending).toBe(1);
    expect(late.map((record) => store.add(record))).toEqual([true, true]);
    expect(store.pending).toBe(0);
    expect(store.records().map((r) => [r.path, r.status, r.pending, r.timeMs > 4000])).toEqual([
      ["/slow", 200, undefined, true],
      ["/stream", 200, undefined, true],
    ]);
    expect(store.counts()).toMatchObject({ "2xx": 2, failed: 0 });
  });
});
