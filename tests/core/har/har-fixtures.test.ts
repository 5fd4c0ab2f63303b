import { describe, expect, it } from "vitest";
import type { RequestRecord } from "../../../src/core/model";
import { fixtureRecords } from "../har-fixture";

type Expected = [
  index: number,
  status: number,
  bucket: RequestRecord["bucket"],
  failure?: string,
  resourceType?: string,
];

const summaryOf = (record: RequestRecord) =>
  [record.index, record.status, record.bucket, record.failure?.kind, record.resourceType] as const;

/** Every entry of each fixture, as the panel and the CLI will classify it. */
const TABLES: Record<string, Expected[]> = {
  "playwright-capture.har": [
    [0, 200, "2xx", undefined, "document"],
    [1, 200, "2xx", undefined, "fetch"],
    [2, 404, "4xx", undefined, "fetch"],
    [3, 404, "4xx", undefined, "fetch"],
    [4, 500, "5xx", undefined, "fetch"],
    [5, 301, "3xx", undefined, "fetch"],
    [6, 200, "2xx", undefined, "fetch"],
    [7, 0, "failed", "cors", "fetch"],
    [8, 0, "failed", "network", "fetch"],
    [9, 0, "failed", "canceled", "fetch"],
  ],
  "firefox-shop.har": [
    [0, 200, "2xx", undefined, "document"],
    [1, 304, "3xx", undefined, "script"],
    [2, 200, "2xx", undefined, "fetch"],
    [3, 404, "4xx", undefined, "fetch"],
    [4, 422, "4xx", undefined, "fetch"],
    [5, 503, "5xx", undefined, "fetch"],
    [6, 0, "failed", "cors", "fetch"],
    [7, 0, "failed", "unknown", "script"],
    [8, 0, "failed", "cors", "fetch"],
    [9, 302, "3xx", undefined, "document"],
  ],
  "chromium-cache.har": [
    [0, 200, "2xx", undefined, "document"],
    [1, 200, "2xx", undefined, "image"],
    [2, 200, "2xx", undefined, "fetch"],
    [3, 200, "2xx", undefined, "fetch"],
    [4, 200, "2xx", undefined, "fetch"],
    [5, 304, "3xx", undefined, "fetch"],
  ],
  "firefox-capture.har": [
    [0, 200, "2xx", undefined, "document"],
    [1, 200, "2xx", undefined, "fetch"],
    [2, 404, "4xx", undefined, "image"],
    [3, 404, "4xx", undefined, "fetch"],
    [4, 422, "4xx", undefined, "fetch"],
    [5, 301, "3xx", undefined, "fetch"],
    [6, 200, "2xx", undefined, "fetch"],
    [7, 200, "2xx", undefined, "fetch"],
    [8, 304, "3xx", undefined, "fetch"],
    // The server answered 200 without Access-Control-Allow-Origin; Firefox records it with no error.
    [9, 0, "failed", "cors", "fetch"],
    // A refused connection: Firefox writes status 0 and nothing else, so cross-origin it reads as probable CORS.
    [10, 0, "failed", "cors", "fetch"],
    [11, 0, "failed", "unknown", "fetch"],
  ],
  "mitmproxy-api.har": [
    [0, 303, "3xx", undefined, "other"],
    [1, 200, "2xx", undefined, "document"],
    [2, 404, "4xx", undefined, "fetch"],
    [3, 404, "4xx", undefined, "fetch"],
    [4, 500, "5xx", undefined, "fetch"],
    [5, 429, "4xx", undefined, "fetch"],
    [6, 999, "nonstandard", undefined, "document"],
    [7, 502, "5xx", undefined, "document"],
    [8, 301, "3xx", undefined, "other"],
    [9, 301, "3xx", undefined, "other"],
    [10, 200, "2xx", undefined, "document"],
  ],
};

describe.each(Object.entries(TABLES))("%s", (file, expected) => {
  const records = fixtureRecords(file);

  it("classifies every entry", () => {
    expect(records.map(summaryOf)).toEqual(expected.map(([i, s, b, f, t]) => [i, s, b, f, t]));
  });

  it("reads statusText as sent, failures with none", () => {
    for (const record of records) {
      if (record.failure) expect(record.statusText).toBe("");
    }
  });
});

describe("flavour details", () => {
  it("Chromium: the disk-cache hit is marked, the 304 is a revalidation, not a cache hit", () => {
    const records = fixtureRecords("chromium-cache.har");
    expect(records.map((r) => r.fromCache)).toEqual([
      undefined,
      undefined,
      undefined,
      "disk",
      undefined,
      undefined,
    ]);
    expect(records[3]).toMatchObject({ transferSize: 0, status: 200 });
    expect(records[5]).toMatchObject({ status: 304, statusText: "Not Modified" });
  });

  it("Playwright: -1 with _failureText, embedded bodies kept, POST body read", () => {
    const records = fixtureRecords("playwright-capture.har");
    expect(records[8]?.failure).toEqual({ kind: "network", error: "net::ERR_CONNECTION_REFUSED" });
    expect(records[2]?.responseBody?.mimeType).toBe("application/problem+json");
    expect(records[4]?.requestBody).toEqual({ mimeType: "application/json", text: '{"range":"week"}' });
  });

  it("Firefox capture: the withheld CORS answer keeps the server's status aside; the 304 is not from cache", () => {
    const records = fixtureRecords("firefox-capture.har");
    expect(records[9]).toMatchObject({ status: 0, withheldStatus: 200, statusText: "" });
    expect(records[8]?.fromCache).toBeUndefined();
    expect(records[11]).toMatchObject({ httpVersion: "", responseMimeType: "", transferSize: 0 });
    expect(records[4]).toMatchObject({
      statusText: "Unprocessable Entity",
      requestBody: { text: '{"range":"week"}' },
    });
  });

  it("Firefox: HTTP/2 keeps its statusText, the 304 is not 'from cache', offsets kept in startedDateTime", () => {
    const records = fixtureRecords("firefox-shop.har");
    expect(records[0]).toMatchObject({
      httpVersion: "HTTP/2",
      statusText: "OK",
      serverIPAddress: "203.0.113.10",
    });
    expect(records[1]?.fromCache).toBeUndefined();
    expect(records[0]?.startedDateTime).toBe("2026-11-25T11:12:03.918+01:00");
    expect(records[9]).toMatchObject({
      host: "legacy.shop.example:8080",
      redirectURL: "https://shop.example/account",
    });
  });

  it("mitmproxy: empty HTTP/2 statusText, upper-case and duplicated headers, -1 header sizes", () => {
    const records = fixtureRecords("mitmproxy-api.har");
    expect(records[2]).toMatchObject({ statusText: "", httpVersion: "HTTP/2.0", requestHeadersSize: -1 });
    expect(records[0]?.responseHeaders.filter((h) => h.name === "Set-Cookie")).toHaveLength(2);
    expect(records[1]).toMatchObject({ responseMimeType: "text/html; charset=UTF-8" });
    expect(records[0]?.requestBody?.text).toBe("user=ada&password=%2A%2A%2A%2A");
  });
});
