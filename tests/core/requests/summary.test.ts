import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FAILURE_KINDS } from "../../../src/core/model";
import { isFailing, summarize } from "../../../src/core/requests/summary";
import { fixtureRecords } from "../har-fixture";
import { recordWith } from "../record-builder";

describe("summarize", () => {
  it("counts per bucket and failure kind over the Chromium capture", () => {
    const records = fixtureRecords("chromium-demo.har");
    const summary = summarize(records);
    expect(summary.total).toBe(records.length);
    expect(summary.buckets).toMatchObject({ "1xx": 1, failed: 5, nonstandard: 0 });
    expect(Object.values(summary.buckets).reduce((a, b) => a + b, 0)).toBe(records.length);
    expect(summary.failureKinds).toEqual({ network: 2, blocked: 1, canceled: 1, cors: 1, unknown: 0 });
  });

  it("groups failing endpoints by folded path, most frequent first", () => {
    const summary = summarize(fixtureRecords("mitmproxy-api.har"));
    expect(summary.topFailing[0]).toEqual({
      method: "GET",
      status: 404,
      host: "api.example.com",
      pattern: "/v1/users/:uuid",
      count: 2,
    });
    expect(summary.topFailing.map((e) => `${e.count}× ${e.status} ${e.method} ${e.pattern}`)).toEqual([
      "2× 404 GET /v1/users/:uuid",
      "1× 500 GET /v1/files/:hash",
      "1× 429 GET /v1/search",
      "1× 999 GET /in/ada",
      "1× 502 GET /v1/reports/:id/:id",
    ]);
  });

  it.each([
    {
      why: "same path, different methods stay apart",
      records: [recordWith({ status: 404, method: "GET" }), recordWith({ status: 404, method: "DELETE" })],
      groups: 2,
    },
    {
      why: "same pattern on two hosts stays apart",
      records: [
        recordWith({ status: 500, url: "https://a.test/x/1" }),
        recordWith({ status: 500, url: "https://b.test/x/2" }),
      ],
      groups: 2,
    },
    {
      why: "ids and queries fold together",
      records: [
        recordWith({ status: 404, url: "https://a.test/users/1?x=1" }),
        recordWith({ status: 404, url: "https://a.test/users/2" }),
      ],
      groups: 1,
    },
    {
      why: "failures group by kind",
      records: [
        recordWith({ status: 0, url: "https://a.test/p", failure: { kind: "cors" } }),
        recordWith({ status: 0, url: "https://a.test/p", failure: { kind: "network" } }),
      ],
      groups: 2,
    },
    {
      why: "successes and redirects are not failing",
      records: [recordWith({ status: 200 }), recordWith({ status: 304 }), recordWith({ status: 101 })],
      groups: 0,
    },
  ])("$why", ({ records, groups }) => {
    expect(summarize(records).topFailing).toHaveLength(groups);
  });

  it("keeps a failure's kind and caps the list", () => {
    const records = Array.from({ length: 15 }, (_, i) =>
      recordWith({ status: 500, url: `https://a.test/r${i}` }),
    );
    records.push(recordWith({ status: 0, url: "https://b.test/", failure: { kind: "cors" } }));
    records.push(recordWith({ status: 0, url: "https://b.test/", failure: { kind: "cors" } }));
    const summary = summarize(records, 3);
    expect(summary.topFailing).toHaveLength(3);
    expect(summary.topFailing[0]).toMatchObject({ status: 0, failure: "cors", count: 2, pattern: "/" });
  });
});

describe("summarize properties", () => {
  it("counts add up: buckets to the total, failure kinds to Failed, endpoints to at most the failing requests", () => {
    const record = fc
      .tuple(
        fc.constantFrom(0, 101, 200, 301, 404, 500, 999, 42),
        fc.constantFrom("/u/1", "/u/2", "/v"),
        fc.constantFrom(...FAILURE_KINDS),
      )
      .map(([status, path, kind]) =>
        recordWith({ status, url: `https://a.test${path}`, ...(status === 0 ? { failure: { kind } } : {}) }),
      );
    fc.assert(
      fc.property(fc.array(record, { maxLength: 60 }), fc.integer({ min: 0, max: 12 }), (records, limit) => {
        const summary = summarize(records, limit);
        const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
        expect(sum(summary.buckets)).toBe(records.length);
        expect(sum(summary.failureKinds)).toBe(summary.buckets.failed);
        expect(summary.topFailing.length).toBeLessThanOrEqual(limit);
        const failing = records.filter(isFailing).length;
        expect(summary.topFailing.reduce((a, e) => a + e.count, 0)).toBeLessThanOrEqual(failing);
        const counts = summary.topFailing.map((e) => e.count);
        expect(counts).toEqual([...counts].sort((a, b) => b - a));
      }),
    );
  });
});
