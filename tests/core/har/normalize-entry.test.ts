import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeEntry } from "../../../src/core/har/normalize-entry";
import type { RequestRecord } from "../../../src/core/model";
import { BUCKETS, bucketOfStatus, FAILURE_KINDS } from "../../../src/core/model";
import { runs } from "../../fast-check-runs";
import { fixtureEntries } from "../har-fixture";

function recordOf(entry: unknown): RequestRecord {
  const result = normalizeEntry(entry, 0);
  if (!result.ok) throw new Error(result.problem.message);
  return result.record;
}

const entry = (response: object, request: object = {}, extra: object = {}) => ({
  startedDateTime: "2026-11-25T10:00:00.000Z",
  time: 12.5,
  request: { method: "GET", url: "https://api.example.com/v1/items?page=2", headers: [], ...request },
  response: { status: 200, statusText: "OK", httpVersion: "HTTP/1.1", headers: [], content: {}, ...response },
  ...extra,
});

describe("normalizeEntry over the real Chromium demo capture", () => {
  const entries = fixtureEntries("chromium-demo.har");
  const byUrl = (suffix: string, method = "GET") => {
    const found = entries.map(recordOf).filter((r) => r.url.endsWith(suffix) && r.method === method);
    if (found.length === 0) throw new Error(`no ${method} ${suffix} in the fixture`);
    return found[found.length - 1] as RequestRecord;
  };

  it.each([
    { url: "/status/404", status: 404, bucket: "4xx", statusText: "Nothing Here" },
    { url: "/status/201", status: 201, bucket: "2xx", statusText: "" },
    { url: "/status/599", status: 599, bucket: "5xx", statusText: "Network Connect Timeout Error" },
    { url: "/ws", status: 101, bucket: "1xx", statusText: "Switching Protocols" },
    { url: "/etag", status: 304, bucket: "3xx", statusText: "Not Modified" },
  ])("$url is $status in $bucket", ({ url, status, bucket, statusText }) => {
    const record = byUrl(url);
    expect(record).toMatchObject({ status, bucket, statusText });
    expect(record.failure).toBeUndefined();
  });

  it.each([
    { url: "/data", kind: "cors", error: "net::ERR_FAILED", withheld: 200 },
    { url: "/unreachable", kind: "network", error: "net::ERR_CONNECTION_REFUSED", withheld: undefined },
    { url: "/slow", kind: "canceled", error: "net::ERR_ABORTED", withheld: undefined },
    { url: "/ads/banner.js", kind: "blocked", error: "net::ERR_BLOCKED_BY_CLIENT", withheld: undefined },
    { url: "/loop/a", kind: "network", error: "net::ERR_TOO_MANY_REDIRECTS", withheld: undefined },
  ])("$url failed as $kind ($error)", ({ url, kind, error, withheld }) => {
    const record = byUrl(url);
    expect(record).toMatchObject({ status: 0, bucket: "failed", statusText: "", failure: { kind, error } });
    expect(record.withheldStatus).toBe(withheld);
  });

  it("reads the Chromium extras: resource type, initiator, sizes, server address, request body", () => {
    const post = byUrl("/status/200?via=308", "POST");
    expect(post).toMatchObject({
      resourceType: "fetch",
      host: "127.0.0.1:43241",
      path: "/status/200?via=308",
      scheme: "http",
      requestBody: { mimeType: "text/plain;charset=UTF-8", text: "kept=1" },
      requestBodySize: 6,
    });
    expect(post.initiator).toMatch(/\/demo\.js$/);
    const revalidated = byUrl("/etag");
    expect(revalidated).toMatchObject({
      transferSize: 125,
      serverIPAddress: "127.0.0.1",
      responseMimeType: "text/plain",
    });
    expect(byUrl("/redirect/301").redirectURL).toBe("/status/200?via=301");
  });

  it("keeps the timing phases Chromium measured, leaving out those it marks -1", () => {
    const timings = byUrl("/status/422", "POST").timings;
    expect(timings).toEqual({
      blocked: 2.7259999999581925,
      send: 1.978,
      wait: 0.05299999996865523,
      receive: 4.119000000059714,
    });
  });

  it("gives every entry a distinct id, the same on a second reading", () => {
    const ids = entries.map((e) => recordOf(e).id);
    expect(new Set(ids).size).toBe(entries.length);
    expect(entries.map((e) => recordOf(structuredClone(e)).id)).toEqual(ids);
  });
});

describe("normalizeEntry on odd fields", () => {
  it.each([
    { why: "status 0", response: { status: 0, statusText: "" }, bucket: "failed", status: 0 },
    { why: "Playwright's -1", response: { status: -1 }, bucket: "failed", status: 0 },
    { why: "status missing", response: { status: undefined, statusText: "OK" }, bucket: "failed", status: 0 },
    { why: "status as a string", response: { status: "404" }, bucket: "4xx", status: 404 },
    { why: "status NaN-ish", response: { status: "abc" }, bucket: "failed", status: 0 },
    { why: "non-standard 999", response: { status: 999 }, bucket: "nonstandard", status: 999 },
    { why: "non-standard 42", response: { status: 42 }, bucket: "nonstandard", status: 42 },
    { why: "fractional", response: { status: 200.5 }, bucket: "nonstandard", status: 200.5 },
  ])("$why → $bucket", ({ response, bucket, status }) => {
    expect(recordOf(entry(response))).toMatchObject({ bucket, status });
  });

  it("keeps duplicated headers and any name case; accepts headers as an object", () => {
    const record = recordOf(
      entry(
        {
          headers: [
            { name: "SET-COOKIE", value: "a=1" },
            { name: "set-cookie", value: "b=2" },
            { value: "nameless" },
          ],
        },
        { headers: { ACCEPT: "application/json", "X-Multi": ["1", "2"] } },
      ),
    );
    expect(record.responseHeaders).toEqual([
      { name: "SET-COOKIE", value: "a=1" },
      { name: "set-cookie", value: "b=2" },
    ]);
    expect(record.requestHeaders).toEqual([
      { name: "ACCEPT", value: "application/json" },
      { name: "X-Multi", value: "1" },
      { name: "X-Multi", value: "2" },
    ]);
  });

  it("turns negative and missing sizes into -1 and takes an empty HTTP/2 statusText as is", () => {
    const record = recordOf(
      entry({
        status: 200,
        statusText: "",
        httpVersion: "HTTP/2",
        headersSize: -1,
        bodySize: -163,
        content: { size: -1 },
      }),
    );
    expect(record).toMatchObject({
      statusText: "",
      httpVersion: "HTTP/2",
      transferSize: -1,
      responseBodySize: -1,
      requestHeadersSize: -1,
      timeMs: 12.5,
    });
  });

  it.each([
    { extra: { _fromCache: "memory" }, fromCache: "memory" },
    { extra: { _fromCache: "disk" }, fromCache: "disk" },
    { extra: { cache: { afterRequest: null } }, fromCache: "disk" },
    { extra: { cache: {} }, fromCache: undefined },
    { extra: { cache: { afterRequest: null }, response: { status: 304 } }, fromCache: undefined },
    { extra: { _fromCache: "elsewhere" }, fromCache: undefined },
  ])("cache marker $extra → $fromCache", ({ extra, fromCache }) => {
    expect(recordOf(entry({}, {}, extra)).fromCache).toBe(fromCache);
  });

  it("guesses the resource type from the MIME type or scheme when _resourceType is absent", () => {
    expect(recordOf(entry({ content: { mimeType: "text/html; charset=utf-8" } })).resourceType).toBe(
      "document",
    );
    expect(recordOf(entry({ content: { mimeType: "application/json" } })).resourceType).toBe("fetch");
    expect(recordOf(entry({}, { url: "wss://example.com/socket" })).resourceType).toBe("websocket");
    expect(recordOf(entry({}, {}, { _resourceType: "XHR" })).resourceType).toBe("xhr");
  });

  it("takes the redirect target from Location when redirectURL is empty", () => {
    const record = recordOf(
      entry({ status: 302, redirectURL: "", headers: [{ name: "location", value: "/next" }] }),
    );
    expect(record.redirectURL).toBe("/next");
  });

  it.each([
    { why: "Chromium in flight", response: { status: 0, statusText: "", _error: null }, pending: true },
    {
      why: "a server's own status 0, headers in",
      response: { status: 0, statusText: "", _error: null, headers: [{ name: "Server", value: "raw" }] },
      pending: undefined,
    },
    {
      why: "Chromium finished with an error",
      response: { status: 0, _error: "net::ERR_ABORTED" },
      pending: undefined,
    },
    { why: "Chromium streaming, status in", response: { status: 200, _error: null }, pending: undefined },
    { why: "Firefox status 0 (no _error field)", response: { status: 0 }, pending: undefined },
  ])("pending: $why → $pending", ({ response, pending }) => {
    expect(recordOf(entry(response)).pending).toBe(pending);
  });

  it("reads Playwright's _failureText", () => {
    const record = recordOf(entry({ status: -1, _failureText: "net::ERR_CONNECTION_REFUSED" }));
    expect(record.failure).toEqual({ kind: "network", error: "net::ERR_CONNECTION_REFUSED" });
  });

  it("keeps a response body the HAR carried", () => {
    const record = recordOf(entry({ content: { mimeType: "application/json", text: '{"a":1}' } }));
    expect(record.responseBody).toEqual({ mimeType: "application/json", text: '{"a":1}' });
    const image = recordOf(
      entry({ content: { mimeType: "image/png", text: "iVBORw0KGgo=", encoding: "base64" } }),
    );
    expect(image.responseBody).toEqual({ mimeType: "image/png", text: "iVBORw0KGgo=", encoding: "base64" });
  });

  it.each([
    { entry: null, message: "entry 3: not an object" },
    { entry: "GET /", message: "entry 3: not an object" },
    { entry: [], message: "entry 3: not an object" },
    { entry: { response: {} }, message: "entry 3: no request object" },
    { entry: { request: { method: "GET" } }, message: "entry 3: request.url is missing or empty" },
    { entry: { request: { method: "GET", url: 42 } }, message: "entry 3: request.url is missing or empty" },
  ])("a malformed entry ($message) is a problem, not an exception", ({ entry: bad, message }) => {
    expect(normalizeEntry(bad, 3)).toEqual({ ok: false, problem: { index: 3, message } });
  });

  it("lists a WebSocket cut off before its handshake, which DevTools logs with no method, as the GET it was", () => {
    const socket = entry({ status: 0, _error: null }, { method: "", url: "wss://chat.example.com/live" });
    expect(recordOf(socket).method).toBe("GET");
  });
});

describe("normalizeEntry properties", () => {
  const demo = fixtureEntries("chromium-demo.har");

  function expectWellFormed(result: ReturnType<typeof normalizeEntry>, index: number) {
    if (!result.ok) {
      expect(result.problem.index).toBe(index);
      expect(result.problem.message).toMatch(new RegExp(`^entry ${index}: \\S`));
      return;
    }
    const r = result.record;
    expect(r.index).toBe(index);
    expect(r.id.length).toBeGreaterThan(0);
    expect(r.method).toBe(r.method.trim());
    expect(r.method).toBe(r.method.toUpperCase());
    expect(r.url.length).toBeGreaterThan(0);
    expect(BUCKETS).toContain(r.bucket);
    // Failed exactly when a failure is named; otherwise the bucket follows the status.
    expect(r.bucket === "failed").toBe(r.failure !== undefined);
    if (r.failure) {
      expect(FAILURE_KINDS).toContain(r.failure.kind);
      expect(r.status).toBe(0);
      expect(r.statusText).toBe("");
    } else expect(r.bucket).toBe(r.status === 0 ? "nonstandard" : bucketOfStatus(r.status));
    for (const size of [r.requestHeadersSize, r.requestBodySize, r.responseBodySize, r.transferSize]) {
      expect(Number.isInteger(size) && size >= -1).toBe(true);
    }
    expect(r.timeMs === -1 || r.timeMs >= 0).toBe(true);
    for (const field of [...r.requestHeaders, ...r.responseHeaders]) {
      expect(typeof field.name).toBe("string");
      expect(field.name.length).toBeGreaterThan(0);
      expect(typeof field.value).toBe("string");
    }
    for (const text of [
      r.host,
      r.path,
      r.scheme,
      r.statusText,
      r.httpVersion,
      r.resourceType,
      r.redirectURL,
    ]) {
      expect(typeof text).toBe("string");
    }
  }

  it("never throws on any value and always returns a well-formed record or problem", () => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withObjectString: true }),
        fc.nat(),
        (value, index) => {
          expectWellFormed(normalizeEntry(value, index), index);
        },
      ),
      { numRuns: runs(500) },
    );
  });

  const oddValue = fc.oneof(
    fc.constant(undefined),
    fc.constant(null),
    fc.integer({ min: -5, max: 1000 }),
    fc.double(),
    fc.string(),
    fc.constantFrom("404", "-1", "net::ERR_FAILED", "x-unknown", "memory", "disk"),
    fc.array(
      fc.record({ name: fc.oneof(fc.string(), fc.integer()), value: fc.oneof(fc.string(), fc.integer()) }),
    ),
    fc.dictionary(fc.string(), fc.string()),
    fc.jsonValue(),
  );
  const fieldPaths = [
    ["response", "status"],
    ["response", "statusText"],
    ["response", "headers"],
    ["response", "content"],
    ["response", "_error"],
    ["response", "bodySize"],
    ["response", "redirectURL"],
    ["response", "_transferSize"],
    ["request", "headers"],
    ["request", "postData"],
    ["request", "headersSize"],
    ["_initiator"],
    ["_fromCache"],
    ["_resourceType"],
    ["cache"],
    ["time"],
    ["startedDateTime"],
    ["response"],
  ] as const;

  it("keeps a real entry a record whatever odd value one of its other fields holds", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...demo),
        fc.constantFrom(...fieldPaths),
        oddValue,
        (original, path, value) => {
          const entry = structuredClone(original) as Record<string, Record<string, unknown>>;
          const [first, second] = path;
          if (second === undefined) (entry as Record<string, unknown>)[first] = value;
          else if (entry[first]) entry[first][second] = value;
          const result = normalizeEntry(entry, 7);
          expect(result.ok).toBe(true);
          expectWellFormed(result, 7);
        },
      ),
    );
  });

  it("maps every status specifically: 100–599 to its class, ≤0 or missing to failed, others non-standard", () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -10, max: 1200 }), fc.constant(undefined)), (status) => {
        // No reason phrase and no headers: nothing says a server sent a 0 (odd-status.test.ts has that case).
        const record = recordOf(entry({ status, statusText: "" }));
        if (status === undefined || status <= 0) {
          expect(record).toMatchObject({ status: 0, bucket: "failed", failure: { kind: "unknown" } });
        } else if (status < 100 || status > 599) {
          expect(record).toMatchObject({ status, bucket: "nonstandard" });
        } else {
          expect(record).toMatchObject({ status, bucket: `${Math.floor(status / 100)}xx` });
        }
      }),
    );
  });

  it("names the failure kind from any net::ERR_ text, with the error kept as given", () => {
    const names = fc.stringMatching(/^[A-Z][A-Z0-9_]{0,30}$/);
    fc.assert(
      fc.property(names, fc.integer({ min: -1, max: 599 }), (name, status) => {
        const error = `net::ERR_${name}`;
        const record = recordOf(entry({ status, _error: error }));
        expect(record.failure?.error).toBe(error);
        const expected = /^ABORTED$/.test(name)
          ? "canceled"
          : /^BLOCKED_BY_|^UNSAFE_PORT$/.test(name)
            ? "blocked"
            : name === "FAILED"
              ? "unknown"
              : "network";
        expect(record.failure?.kind).toBe(expected);
      }),
    );
  });

  it("gives the same id to the same entry read twice, and different ids to different requests", () => {
    fc.assert(
      fc.property(fc.constantFrom(...demo), fc.constantFrom(...demo), (a, b) => {
        const idA = recordOf(a).id;
        expect(recordOf(structuredClone(a)).id).toBe(idA);
        if (a !== b) expect(recordOf(b).id).not.toBe(idA);
      }),
    );
  });

  it("has no catch-all: normalize-entry.ts contains no try/catch", () => {
    expect(readFileSync("src/core/har/normalize-entry.ts", "utf8")).not.toMatch(/\btry\s*\{|\bcatch\b/);
  });
});
