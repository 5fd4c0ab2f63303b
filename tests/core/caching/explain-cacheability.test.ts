import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CacheVerdict, cacheStateAt, explainCacheability } from "../../../src/core/caching";
import { runs } from "../../fast-check-runs";
import { type RecordOverrides, recordWith } from "../record-builder";

// Every row's request leaves at 10:00:00 UTC (recordWith's start) and, unless timeMs says otherwise, its
// response headers arrive at once, so request_time = response_time = 10:00:00 (RFC 9111 §4.2.3).
const D = "Wed, 25 Nov 2026 10:00:00 GMT";
const CLOCK = new Date("2026-11-25T12:00:00Z");

type Lane = [CacheVerdict, number?];
interface Row {
  name: string;
  record: RecordOverrides;
  browser: Lane;
  shared: Lane;
  age?: number;
  topics?: string[];
}

const at = (headers: Record<string, string>, date: string) => ({ Date: date, ...headers });
const h = (headers: Record<string, string>) => ({ responseHeaders: { Date: D, ...headers }, timeMs: 0 });

const ROWS: Row[] = [
  // max-age=600, age 0 → 600 s for both caches.
  {
    name: "max-age",
    record: h({ "Cache-Control": "max-age=600" }),
    browser: ["fresh", 600],
    shared: ["fresh", 600],
  },
  // Age 20, no delay: corrected_age_value = 20 + 0, apparent 0 → initial age 20; 600 − 20 = 580.
  {
    name: "Age counts against max-age",
    record: h({ "Cache-Control": "max-age=600", Age: "20" }),
    browser: ["fresh", 580],
    shared: ["fresh", 580],
    age: 20,
    topics: ["age"],
  },
  // Headers 2 s after the request: response_delay 2; corrected_age_value 22 > apparent 2 → 22; 600 − 22 = 578.
  {
    name: "response delay adds to Age",
    record: { ...h({ "Cache-Control": "max-age=600", Age: "20" }), timeMs: 2000 },
    browser: ["fresh", 578],
    shared: ["fresh", 578],
    age: 22,
  },
  // Date 10 min behind, no Age: apparent age 600 = max-age → 0 left, stale; skew named.
  {
    name: "Date far behind the browser clock",
    record: {
      responseHeaders: at({ "Cache-Control": "max-age=600" }, "Wed, 25 Nov 2026 09:50:00 GMT"),
      timeMs: 0,
    },
    browser: ["stale", 0],
    shared: ["stale", 0],
    age: 600,
    topics: ["clock-skew"],
  },
  // Date 5 min ahead: apparent age = max(0, −300) = 0 → the full 600 s; skew named.
  {
    name: "Date ahead of the browser clock",
    record: {
      responseHeaders: at({ "Cache-Control": "max-age=600" }, "Wed, 25 Nov 2026 10:05:00 GMT"),
      timeMs: 0,
    },
    browser: ["fresh", 600],
    shared: ["fresh", 600],
    age: 0,
    topics: ["clock-skew"],
  },
  // Expires − Date = 11:00 − 10:00 = 3600 s.
  {
    name: "Expires minus Date",
    record: h({ Expires: "Wed, 25 Nov 2026 11:00:00 GMT" }),
    browser: ["fresh", 3600],
    shared: ["fresh", 3600],
  },
  // No Date: Expires − response_time (10:00:00) = 3600 s.
  {
    name: "Expires without Date",
    record: { responseHeaders: { Expires: "Wed, 25 Nov 2026 11:00:00 GMT" }, timeMs: 0 },
    browser: ["fresh", 3600],
    shared: ["fresh", 3600],
  },
  // Expires: 0 is no date: already expired (§5.3) → 0 s.
  {
    name: "Expires: 0",
    record: h({ Expires: "0" }),
    browser: ["stale", 0],
    shared: ["stale", 0],
    topics: ["lifetime"],
  },
  // Expires an hour before Date → max(0, −3600) = 0.
  {
    name: "Expires in the past",
    record: h({ Expires: "Wed, 25 Nov 2026 09:00:00 GMT" }),
    browser: ["stale", 0],
    shared: ["stale", 0],
  },
  // max-age beats Expires (§5.3): 60, not 3600; the disagreement is said.
  {
    name: "max-age beats Expires",
    record: h({ "Cache-Control": "max-age=60", Expires: "Wed, 25 Nov 2026 11:00:00 GMT" }),
    browser: ["fresh", 60],
    shared: ["fresh", 60],
    topics: ["expires-ignored"],
  },
  // s-maxage only for shared caches: browser 60, CDN 3600.
  {
    name: "s-maxage",
    record: h({ "Cache-Control": "max-age=60, s-maxage=3600" }),
    browser: ["fresh", 60],
    shared: ["fresh", 3600],
  },
  // private: the browser keeps 600 s, no shared cache stores it.
  {
    name: "private",
    record: h({ "Cache-Control": "private, max-age=600" }),
    browser: ["fresh", 600],
    shared: ["not-stored"],
    topics: ["private"],
  },
  // no-store wins over max-age (most restrictive).
  {
    name: "no-store",
    record: h({ "Cache-Control": "no-store, max-age=600" }),
    browser: ["not-stored"],
    shared: ["not-stored"],
    topics: ["no-store"],
  },
  // no-cache: stored, revalidated on every use.
  {
    name: "no-cache",
    record: h({ "Cache-Control": "no-cache", ETag: '"v1"' }),
    browser: ["revalidate", 0],
    shared: ["revalidate", 0],
    topics: ["no-cache", "validators"],
  },
  // Qualified no-cache is read as plain no-cache (§5.2.2.4's note): max-age=600 does not make it fresh.
  {
    name: "qualified no-cache",
    record: h({ "Cache-Control": 'no-cache="Set-Cookie", max-age=600' }),
    browser: ["revalidate", 0],
    shared: ["revalidate", 0],
  },
  // Heuristic: Date − Last-Modified = 10 days → 10% = 86400 s.
  {
    name: "heuristic from Last-Modified",
    record: h({ "Last-Modified": "Sun, 15 Nov 2026 10:00:00 GMT" }),
    browser: ["heuristic", 86_400],
    shared: ["heuristic", 86_400],
  },
  // 404 is heuristically cacheable (RFC 9110 §15.1): 10 days → 1 day.
  {
    name: "heuristic 404",
    record: { ...h({ "Last-Modified": "Sun, 15 Nov 2026 10:00:00 GMT" }), status: 404 },
    browser: ["heuristic", 86_400],
    shared: ["heuristic", 86_400],
  },
  // 200 with only Date: storable, but nothing to estimate from → lifetime 0, stale; no validator either.
  {
    name: "200 with no caching headers",
    record: h({}),
    browser: ["stale", 0],
    shared: ["stale", 0],
    topics: ["lifetime", "validators"],
  },
  // 500 is not heuristically cacheable and has no explicit lifetime → not stored.
  {
    name: "500 without lifetime",
    record: { ...h({}), status: 500 },
    browser: ["not-stored"],
    shared: ["not-stored"],
    topics: ["status"],
  },
  // 500 with max-age=30 → stored, 30 s.
  {
    name: "500 with max-age",
    record: { ...h({ "Cache-Control": "max-age=30" }), status: 500 },
    browser: ["fresh", 30],
    shared: ["fresh", 30],
  },
  // public lets a 500 take a heuristic lifetime (§4.2.2): 10 days → 1 day.
  {
    name: "public 500 with Last-Modified",
    record: {
      ...h({ "Cache-Control": "public", "Last-Modified": "Sun, 15 Nov 2026 10:00:00 GMT" }),
      status: 500,
    },
    browser: ["heuristic", 86_400],
    shared: ["heuristic", 86_400],
  },
  // 302 with no lifetime: not stored.
  {
    name: "302 without lifetime",
    record: { ...h({}), status: 302 },
    browser: ["not-stored"],
    shared: ["not-stored"],
  },
  // 301 with no lifetime and no Last-Modified: kept until evicted.
  {
    name: "301 kept indefinitely",
    record: { ...h({}), status: 301 },
    browser: ["fresh", Number.POSITIVE_INFINITY],
    shared: ["fresh", Number.POSITIVE_INFINITY],
  },
  // POST: never reused by a browser whatever its headers.
  {
    name: "POST",
    record: { ...h({ "Cache-Control": "max-age=600" }), method: "POST" },
    browser: ["not-stored"],
    shared: ["not-stored"],
    topics: ["method"],
  },
  // A successful PUT is not stored and invalidates the URL.
  {
    name: "PUT",
    record: { ...h({}), method: "PUT" },
    browser: ["not-stored"],
    shared: ["not-stored"],
    topics: ["method"],
  },
  // Vary: * never matches → every use goes to the server.
  {
    name: "Vary: *",
    record: h({ "Cache-Control": "max-age=600", Vary: "*" }),
    browser: ["revalidate", 0],
    shared: ["revalidate", 0],
    topics: ["vary"],
  },
  // Vary: Accept-Encoding keeps the 600 s, for requests with the same encoding.
  {
    name: "Vary on a header",
    record: {
      ...h({ "Cache-Control": "max-age=600", Vary: "Accept-Encoding" }),
      requestHeaders: { "Accept-Encoding": "gzip, br" },
    },
    browser: ["fresh", 600],
    shared: ["fresh", 600],
    topics: ["vary"],
  },
  // Pragma: no-cache with no Cache-Control acts as no-cache (§5.4).
  {
    name: "Pragma alone",
    record: h({ Pragma: "no-cache" }),
    browser: ["revalidate", 0],
    shared: ["revalidate", 0],
    topics: ["pragma"],
  },
  // Beside Cache-Control, Pragma is ignored: max-age=600 holds; Chromium's difference is a warning.
  {
    name: "Pragma beside Cache-Control",
    record: h({ Pragma: "no-cache", "Cache-Control": "max-age=600" }),
    browser: ["fresh", 600],
    shared: ["fresh", 600],
    topics: ["pragma"],
  },
  // Authorization without public/s-maxage/must-revalidate: browser 600, shared not stored (§3.5).
  {
    name: "Authorization",
    record: { ...h({ "Cache-Control": "max-age=600" }), requestHeaders: { Authorization: "Bearer t" } },
    browser: ["fresh", 600],
    shared: ["not-stored"],
    topics: ["authorization"],
  },
  // public allows shared caches to store an authorized answer.
  {
    name: "Authorization with public",
    record: {
      ...h({ "Cache-Control": "public, max-age=600" }),
      requestHeaders: { Authorization: "Bearer t" },
    },
    browser: ["fresh", 600],
    shared: ["fresh", 600],
  },
  // s-maxage alone: the CDN keeps 600 s; the browser has no lifetime (no max-age, no Last-Modified) → stale.
  {
    name: "s-maxage only",
    record: h({ "Cache-Control": "s-maxage=600" }),
    browser: ["stale", 0],
    shared: ["fresh", 600],
  },
  // 206: stored like a 200, 600 s; the range is said.
  {
    name: "206",
    record: { ...h({ "Cache-Control": "max-age=600", "Content-Range": "bytes 0-99/1000" }), status: 206 },
    browser: ["fresh", 600],
    shared: ["fresh", 600],
    topics: ["partial"],
  },
  // 304 refreshes the stored copy: fresh again for max-age=600.
  {
    name: "304",
    record: {
      ...h({ "Cache-Control": "max-age=600", ETag: '"v1"' }),
      status: 304,
      requestHeaders: { "If-None-Match": '"v1"' },
    },
    browser: ["revalidated", 600],
    shared: ["revalidated", 600],
    topics: ["revalidated"],
  },
  // A 304 that repeats no lifetime: the stored response's headers still decide; nothing to fault.
  {
    name: "304 without a lifetime",
    record: { ...h({ ETag: '"v1"' }), status: 304 },
    browser: ["revalidated", 0],
    shared: ["revalidated", 0],
    topics: ["revalidated"],
  },
  // From disk cache at 10:00 with Date 09:50: age 600 s; 3600 − 600 = 3000; no skew warning for a stored copy.
  {
    name: "served from disk cache",
    record: {
      responseHeaders: at({ "Cache-Control": "max-age=3600" }, "Wed, 25 Nov 2026 09:50:00 GMT"),
      fromCache: "disk",
      timeMs: 1,
    },
    browser: ["fresh", 3000],
    shared: ["fresh", 3000],
    age: 600,
    topics: ["from-cache"],
  },
  // The request said no-store: nothing stored.
  {
    name: "request no-store",
    record: { ...h({ "Cache-Control": "max-age=600" }), requestHeaders: { "Cache-Control": "no-store" } },
    browser: ["not-stored"],
    shared: ["not-stored"],
    topics: ["request-no-store"],
  },
  // The request said no-cache (Disable cache): the answer is still stored, 600 s.
  {
    name: "request no-cache",
    record: {
      ...h({ "Cache-Control": "max-age=600" }),
      requestHeaders: { "Cache-Control": "no-cache", Pragma: "no-cache" },
    },
    browser: ["fresh", 600],
    shared: ["fresh", 600],
    topics: ["request-bypass"],
  },
  // Set-Cookie on a response a CDN may store.
  {
    name: "Set-Cookie on shared-cacheable",
    record: h({ "Cache-Control": "public, max-age=600", "Set-Cookie": "sid=1" }),
    browser: ["fresh", 600],
    shared: ["fresh", 600],
    topics: ["set-cookie"],
  },
  // Quoted max-age is read (§5.2): 600.
  {
    name: "quoted max-age",
    record: h({ "Cache-Control": 'max-age="600"' }),
    browser: ["fresh", 600],
    shared: ["fresh", 600],
  },
  // Not a number: treated as stale (§4.2.1 encourages it).
  {
    name: "max-age not a number",
    record: h({ "Cache-Control": "max-age=ten" }),
    browser: ["stale", 0],
    shared: ["stale", 0],
    topics: ["lifetime"],
  },
  // Duplicate max-age: the first, 600, is used.
  {
    name: "duplicate max-age",
    record: {
      ...h({}),
      responseHeaders: [
        { name: "Date", value: D },
        { name: "Cache-Control", value: "max-age=600" },
        { name: "cache-control", value: "max-age=60" },
      ],
    },
    browser: ["fresh", 600],
    shared: ["fresh", 600],
    topics: ["cache-control-syntax"],
  },
  // max-age=0, must-revalidate: stale at once, never served stale.
  {
    name: "max-age=0, must-revalidate",
    record: h({ "Cache-Control": "max-age=0, must-revalidate", ETag: '"v1"' }),
    browser: ["stale", 0],
    shared: ["stale", 0],
    topics: ["must-revalidate"],
  },
  // stale-while-revalidate extends nothing of the freshness: 600.
  {
    name: "stale-while-revalidate",
    record: h({ "Cache-Control": "max-age=600, stale-while-revalidate=60" }),
    browser: ["fresh", 600],
    shared: ["fresh", 600],
    topics: ["stale-while-revalidate"],
  },
  // immutable, a year: 31536000 s; no "add a validator" advice.
  {
    name: "immutable",
    record: h({ "Cache-Control": "public, max-age=31536000, immutable" }),
    browser: ["fresh", 31_536_000],
    shared: ["fresh", 31_536_000],
    topics: ["immutable"],
  },
  // Age that is no number is ignored: age 0, 600 left.
  {
    name: "Age not a number",
    record: h({ "Cache-Control": "max-age=600", Age: "soon" }),
    browser: ["fresh", 600],
    shared: ["fresh", 600],
    age: 0,
    topics: ["age"],
  },
  // Age past the 2^31 cap: older than any lifetime → stale.
  {
    name: "Age overflow",
    record: h({ "Cache-Control": "max-age=600", Age: "99999999999" }),
    browser: ["stale", 0],
    shared: ["stale", 0],
    age: 2 ** 31,
  },
];

describe("explainCacheability against hand-worked RFC 9111 cases", () => {
  it.each(ROWS)("$name", (row) => {
    const caching = explainCacheability(recordWith(row.record), CLOCK);
    expect(caching).toBeDefined();
    if (!caching) return;
    // A lane written as [verdict] has no freshness to compare (not stored).
    const lane = ({ verdict, freshFor }: { verdict: CacheVerdict; freshFor?: number }, expected: Lane) =>
      expected.length === 1 ? [verdict] : [verdict, freshFor];
    expect(lane(caching.browserCache, row.browser)).toEqual(row.browser);
    expect(lane(caching.sharedCache, row.shared)).toEqual(row.shared);
    if (row.age !== undefined) expect(caching.ageAtArrival).toBe(row.age);
    const topics = caching.findings.map((f) => f.topic);
    for (const topic of row.topics ?? []) expect(topics).toContain(topic);
    if (!row.topics?.includes("clock-skew")) expect(topics).not.toContain("clock-skew");
  });
});

describe("what the card's verdict line says", () => {
  it.each([
    [
      h({ "Cache-Control": "max-age=600", Age: "20" }),
      "Fresh for 9 min 40 s in the browser cache and shared caches (CDN, proxy).",
    ],
    [
      h({ "Cache-Control": "max-age=600, s-maxage=3600" }),
      "Fresh for 10 min in the browser cache; fresh for 1 h in shared caches (CDN, proxy).",
    ],
    [
      h({ "Cache-Control": "no-store" }),
      "Not stored in the browser cache or shared caches (CDN, proxy): Cache-Control: no-store.",
    ],
    [
      h({ "Cache-Control": "private, max-age=60" }),
      "Fresh for 1 min in the browser cache; not stored in shared caches (CDN, proxy): private.",
    ],
    [
      h({ "Cache-Control": "no-cache" }),
      "Stored in the browser cache and shared caches (CDN, proxy), but checked with the server before every use (no-cache).",
    ],
    [
      h({ "Last-Modified": "Sun, 15 Nov 2026 10:00:00 GMT" }),
      "Fresh for about 1 day in the browser cache and shared caches (CDN, proxy), by estimate (no max-age or Expires).",
    ],
  ])("%#: %s", (record, summary) => {
    expect(explainCacheability(recordWith(record), CLOCK)?.summary).toBe(summary);
  });

  it("names the header values each finding came from, and what to change", () => {
    const caching = explainCacheability(
      recordWith(h({ "Last-Modified": "Sun, 15 Nov 2026 10:00:00 GMT" })),
      CLOCK,
    );
    const lifetime = caching?.findings.find((f) => f.topic === "lifetime");
    expect(lifetime?.text).toBe("Lifetime in the browser: Date − Last-Modified = 10 days → 10% = 1 day.");
    expect(lifetime?.from).toEqual([
      { name: "Last-Modified", value: "Sun, 15 Nov 2026 10:00:00 GMT" },
      { name: "Date", value: D },
    ]);
    expect(lifetime?.change).toMatch(/max-age=N/);
  });

  it("lists what decides the verdict first, then what needs fixing, then the rest", () => {
    const caching = explainCacheability(
      recordWith(h({ "Cache-Control": "public, max-age=300", Vary: "Accept-Encoding", "Set-Cookie": "a=b" })),
      CLOCK,
    );
    expect(caching?.findings.map((f) => f.topic)).toEqual(["lifetime", "validators", "set-cookie", "vary"]);
  });

  it("suggests immutable for a year-long lifetime without it", () => {
    const change = (cc: string) =>
      explainCacheability(recordWith(h({ "Cache-Control": cc })), CLOCK)?.findings.find(
        (f) => f.topic === "lifetime",
      )?.change;
    expect(change("max-age=31536000")).toMatch(/add immutable/);
    expect(change("max-age=31536000, immutable")).toBeUndefined();
    expect(change("max-age=600")).toBeUndefined();
  });

  it("never shows an Authorization or Set-Cookie value", () => {
    const caching = explainCacheability(
      recordWith({
        ...h({ "Cache-Control": "public, max-age=60", "Set-Cookie": "sid=secret" }),
        requestHeaders: { Authorization: "Bearer secret" },
      }),
      CLOCK,
    );
    expect(JSON.stringify(caching)).not.toContain("secret");
  });

  it("says nothing for a request that got no response", () => {
    expect(
      explainCacheability(recordWith({ status: 0, failure: { kind: "network" } }), CLOCK),
    ).toBeUndefined();
    expect(explainCacheability(recordWith({ status: 0, pending: true }), CLOCK)).toBeUndefined();
  });

  // RFC 9111 §3: only final responses are stored; a 101 hands the connection to another protocol (a WebSocket).
  it("says nothing for an interim response such as a WebSocket's 101", () => {
    expect(explainCacheability(recordWith({ status: 101 }), CLOCK)).toBeUndefined();
  });
});

describe("cacheStateAt", () => {
  const caching = explainCacheability(recordWith(h({ "Cache-Control": "max-age=600" })), CLOCK);
  it.each([
    ["2026-11-25T10:05:00Z", "Still fresh: 5 min left."],
    ["2026-11-25T10:13:20Z", "Stale for 3 min 20 s now."],
  ])("at %s", (now, text) => {
    expect(caching && cacheStateAt(caching, new Date(now))).toBe(text);
  });
});

describe("explainCacheability on any headers", () => {
  const NAMES = [
    "Cache-Control",
    "Expires",
    "Date",
    "Age",
    "Last-Modified",
    "Vary",
    "Pragma",
    "ETag",
    "Set-Cookie",
  ];
  const header = fc.record({
    name: fc.constantFrom(...NAMES),
    value: fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom("max-age=600", "no-store", "private", 'no-cache="a"', "0", D, "*", "s-maxage=-1"),
    ),
  });
  it("never throws, and says a verdict with a lifetime no cache could hold negative", () => {
    fc.assert(
      fc.property(
        fc.array(header, { maxLength: 8 }),
        fc.constantFrom(200, 204, 206, 301, 302, 304, 404, 500),
        fc.constantFrom("GET", "HEAD", "POST"),
        (responseHeaders, status, method) => {
          const caching = explainCacheability(
            recordWith({ responseHeaders, status, method, timeMs: 0 }),
            CLOCK,
          );
          expect(caching?.summary).toMatch(/\.$/);
          for (const lane of [caching?.browserCache, caching?.sharedCache])
            if (lane?.freshFor !== undefined) expect(lane.freshFor >= 0).toBe(true);
        },
      ),
      { numRuns: runs(500) },
    );
  });
});
