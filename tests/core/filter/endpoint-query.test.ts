import { describe, expect, it } from "vitest";
import { endpointQuery } from "../../../src/core/filter/endpoint-query";
import { matchesFilter } from "../../../src/core/filter/filter-match";
import { parseFilter } from "../../../src/core/filter/filter-parser";
import { summarize } from "../../../src/core/requests";
import { recordWith } from "../record-builder";

describe("endpointQuery", () => {
  it.each([
    [
      { method: "GET", status: 404, host: "api.example.com:8443", pattern: "/api/orders/:id", count: 12 },
      "status:404 method:GET domain:api.example.com path:/api/orders/:id",
    ],
    [
      { method: "post", status: 0, failure: "cors" as const, host: "x.test", pattern: "/a", count: 1 },
      "is:cors method:POST domain:x.test path:/a",
    ],
    [
      { method: "GET", status: 0, failure: "unknown" as const, host: "[::1]:80", pattern: "/a b", count: 1 },
      "is:failed method:GET domain:[::1] path:/a*b",
    ],
  ])("%j → %s", (endpoint, query) => {
    expect(endpointQuery(endpoint)).toBe(query);
  });

  it("lists exactly the requests summarize counted for the endpoint", () => {
    const records = [
      recordWith({ id: "1", status: 404, url: "https://api.example.com/api/orders/1" }),
      recordWith({ id: "2", status: 404, url: "https://api.example.com/api/orders/2?x" }),
      recordWith({ id: "3", status: 500, url: "https://api.example.com/api/orders/3" }),
      recordWith({ id: "4", status: 404, url: "https://api.example.com/api/users/4" }),
    ];
    const [top] = summarize(records).topFailing;
    if (!top) throw new Error("no failing endpoint");
    const parsed = parseFilter(endpointQuery(top));
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(records.filter((record) => matchesFilter(parsed.filter, record)).map((r) => r.id)).toEqual([
      "1",
      "2",
    ]);
    expect(top.count).toBe(2);
  });
});
