import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diagnose } from "../../../src/core/hints/diagnose";
import type { HeaderField } from "../../../src/core/model";
import { runs } from "../../fast-check-runs";
import { type RecordOverrides, recordWith } from "../record-builder";

const now = new Date("2026-11-25T13:02:28Z");
const topics = (overrides: RecordOverrides, context: Partial<Parameters<typeof diagnose>[1]> = {}) =>
  diagnose(recordWith(overrides), { now, timeZoneOffsetMinutes: 60, ...context }).map((h) => h.topic);

describe("diagnose composes by status", () => {
  it.each<[string, RecordOverrides, string[]]>([
    ["a plain 200 says nothing", {}, []],
    [
      "429 with Retry-After and a rate limit",
      { status: 429, responseHeaders: { "Retry-After": "42", "RateLimit-Remaining": "0" } },
      ["retry-after", "rate-limit"],
    ],
    [
      "503 through Cloudflare with Retry-After",
      { status: 503, responseHeaders: { "Retry-After": "120", "CF-Ray": "1-FRA" } },
      ["server-layer", "retry-after"],
    ],
    [
      "401 with a challenge",
      { status: 401, responseHeaders: { "WWW-Authenticate": "Basic" } },
      ["www-authenticate", "www-authenticate"],
    ],
    [
      "407 with a proxy challenge",
      { status: 407, responseHeaders: { "Proxy-Authenticate": "Basic" } },
      ["proxy-authenticate", "proxy-authenticate"],
    ],
    ["405", { status: 405, method: "DELETE", responseHeaders: { Allow: "GET" } }, ["allow"]],
    ["302 without Location", { status: 302 }, ["redirect"]],
    ["304", { status: 304 }, ["conditional"]],
    ["412", { status: 412 }, ["conditional"]],
    ["406", { status: 406 }, ["content-negotiation"]],
    ["415", { status: 415 }, ["content-negotiation"]],
    ["413", { status: 413, requestBodySize: 5 }, ["size"]],
    ["431", { status: 431, requestHeaders: { Host: "a" } }, ["size"]],
    [
      "nonstandard status through a proxy",
      { status: 999, responseHeaders: { Via: "1.1 proxy" } },
      ["server-layer"],
    ],
    [
      "a 404 through Cloudflare is not attributed",
      { status: 404, responseHeaders: { "CF-Ray": "1-FRA" } },
      [],
    ],
    [
      "CORS failure",
      {
        status: 0,
        failure: { kind: "cors" },
        url: "https://api.example/",
        requestHeaders: { Origin: "https://app.example" },
      },
      ["cors-reason"],
    ],
    [
      "a CORS-withheld 401 still reads its challenge",
      {
        status: 0,
        withheldStatus: 401,
        failure: { kind: "cors" },
        url: "https://api.example/",
        requestHeaders: { Origin: "https://app.example", Authorization: "Bearer x" },
        responseHeaders: { "WWW-Authenticate": 'Bearer error="invalid_token"' },
      },
      ["www-authenticate", "www-authenticate", "cors", "cors-reason"],
    ],
    [
      "mixed content through the initiator",
      { url: "http://cdn.example/x.js", initiator: "https://app.example/" },
      ["mixed-content"],
    ],
  ])("%s", (_name, overrides, expected) => {
    expect(topics(overrides)).toEqual(expected);
  });
});

describe("diagnose context", () => {
  it("formats local time from now and the offset it is given", () => {
    const [hint] = diagnose(recordWith({ status: 429, responseHeaders: { "Retry-After": "42" } }), {
      now,
      timeZoneOffsetMinutes: 60,
    });
    expect(hint?.text).toBe("Retry-After: wait 42 s after the response, until 14:03:10 (UTC+01:00).");
  });

  it("falls back to the offset the Date carries", () => {
    const [hint] = diagnose(recordWith({ status: 429, responseHeaders: { "Retry-After": "42" } }), { now });
    const offset = -now.getTimezoneOffset();
    const sign = offset < 0 ? "-" : "+";
    const hh = String(Math.floor(Math.abs(offset) / 60)).padStart(2, "0");
    const mm = String(Math.abs(offset) % 60).padStart(2, "0");
    expect(hint?.text).toContain(`(UTC${sign}${hh}:${mm})`);
  });

  it("reads the body from the context, else from the record", () => {
    const body = '{"title":"Out of credit","detail":"Balance 30, cost 50."}';
    const fromContext = diagnose(recordWith({ status: 403 }), { now, responseBody: body });
    const fromRecord = diagnose(
      recordWith({ status: 403, responseBody: { mimeType: "application/problem+json", text: body } }),
      { now },
    );
    expect(fromContext.map((h) => h.text)).toEqual(["The server says: Out of credit: Balance 30, cost 50.."]);
    expect(fromRecord).toEqual(fromContext);
  });

  it("uses the page origin for CORS when the request has no Origin", () => {
    const record = recordWith({
      url: "https://api.example/x",
      failure: { kind: "cors" },
      responseHeaders: { "Access-Control-Allow-Origin": "https://other.example", Vary: "Origin" },
    });
    expect(diagnose(record, { now, pageOrigin: "https://app.example" }).map((h) => h.text)).toEqual([
      "Access-Control-Allow-Origin names another origin: The server allows https://other.example, but this page is https://app.example. Add https://app.example to the server's allowed origins.",
    ]);
  });
});

const HEADER_NAMES = [
  "Retry-After",
  "RateLimit",
  "RateLimit-Policy",
  "RateLimit-Remaining",
  "X-RateLimit-Reset",
  "WWW-Authenticate",
  "Proxy-Authenticate",
  "Allow",
  "Location",
  "ETag",
  "Last-Modified",
  "Accept-Post",
  "Server",
  "Via",
  "CF-Ray",
  "X-Cache",
  "X-Amz-Cf-Id",
  "Access-Control-Allow-Origin",
  "Access-Control-Allow-Methods",
  "Access-Control-Allow-Headers",
  "Access-Control-Allow-Credentials",
  "Vary",
  "Origin",
  "If-None-Match",
  "If-Match",
  "Access-Control-Request-Method",
  "Access-Control-Request-Headers",
  "Cookie",
  "Authorization",
  "Content-Type",
];

describe("diagnose never throws", () => {
  it("on any status, method, URL and header values; every hint is a readable sentence", () => {
    const value = fc.oneof(
      fc.string(),
      fc.string({ unit: "binary" }),
      fc.bigInt().map(String),
      fc.constantFrom("*", "null", '""', "W/", "1.1", "Bearer error="),
    );
    const headers = fc.array(fc.record({ name: fc.constantFrom(...HEADER_NAMES), value }), {
      maxLength: 12,
    }) as fc.Arbitrary<HeaderField[]>;
    const record = fc.record({
      status: fc.oneof(
        fc.integer({ min: 0, max: 999 }),
        fc.constantFrom(0, 301, 302, 303, 304, 401, 405, 412, 413, 415, 429, 431, 503),
      ),
      method: fc.oneof(fc.constantFrom("GET", "POST", "OPTIONS", "PUT"), fc.string()),
      url: fc.oneof(fc.webUrl(), fc.string()),
      requestHeaders: headers,
      responseHeaders: headers,
      initiator: fc.oneof(fc.webUrl(), fc.string()),
    });
    const context = fc.record(
      {
        now: fc.date(),
        timeZoneOffsetMinutes: fc.oneof(fc.integer({ min: -840, max: 840 }), fc.double()),
        responseBody: fc.oneof(fc.string(), fc.json()),
        pageOrigin: fc.oneof(fc.webUrl(), fc.string()),
      },
      { requiredKeys: ["now"] },
    );
    fc.assert(
      fc.property(record, context, (overrides, ctx) => {
        for (const hint of diagnose(recordWith(overrides), ctx)) {
          expect(hint.text.length).toBeGreaterThan(0);
          expect(hint.text).not.toMatch(/\bNaN\b|\bundefined\b|Invalid Date/);
        }
      }),
      { numRuns: runs(500) },
    );
  });
});
