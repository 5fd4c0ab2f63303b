import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatFilter } from "../../../src/core/filter/filter-format";
import { FILTER_KEYS } from "../../../src/core/filter/filter-keys";
import { type FilterTerm, parseFilter } from "../../../src/core/filter/filter-parser";
import { IS_VALUES, RESOURCE_TYPES } from "../../../src/core/filter/filter-term";

const INF = Number.POSITIVE_INFINITY;
const terms = (query: string): FilterTerm[] => {
  const result = parseFilter(query);
  if (!result.ok) throw new Error(`expected ${query} to parse: ${result.error.message}`);
  return result.filter.terms;
};

describe("parseFilter: accepted queries", () => {
  it.each<[string, FilterTerm[]]>([
    ["", []],
    ["   ", []],
    ["api", [{ key: "text", text: "api", negated: false }]],
    ['"a b"', [{ key: "text", text: "a b", negated: false }]],
    ['-"a \\"b\\" \\\\"', [{ key: "text", text: 'a "b" \\', negated: true }]],
    ['"status:404"', [{ key: "text", text: "status:404", negated: false }]],
    ["https://example.com/x", [{ key: "text", text: "https://example.com/x", negated: false }]],
    ["localhost:8080", [{ key: "text", text: "localhost:8080", negated: false }]],
    ["ip:10.0.0.1", [{ key: "text", text: "ip:10.0.0.1", negated: false }]],
    ["status:404", [{ key: "status", ranges: [{ min: 404, max: 404 }], negated: false }]],
    ["status:4xx", [{ key: "status", ranges: [{ min: 400, max: 499 }], negated: false }]],
    ["status:4XX", [{ key: "status", ranges: [{ min: 400, max: 499 }], negated: false }]],
    [
      "status:404,500",
      [
        {
          key: "status",
          ranges: [
            { min: 404, max: 404 },
            { min: 500, max: 500 },
          ],
          negated: false,
        },
      ],
    ],
    ["status:>=400", [{ key: "status", ranges: [{ min: 400, max: INF }], negated: false }]],
    ["status:>399", [{ key: "status", ranges: [{ min: 400, max: INF }], negated: false }]],
    ["status:<300", [{ key: "status", ranges: [{ min: 0, max: 299 }], negated: false }]],
    ["status:<=299", [{ key: "status", ranges: [{ min: 0, max: 299 }], negated: false }]],
    ["status:400-499", [{ key: "status", ranges: [{ min: 400, max: 499 }], negated: false }]],
    ["status:0", [{ key: "status", ranges: [{ min: 0, max: 0 }], negated: false }]],
    ["status-code:404", [{ key: "status", ranges: [{ min: 404, max: 404 }], negated: false }]],
    ["-status-code:200", [{ key: "status", ranges: [{ min: 200, max: 200 }], negated: true }]],
    ["is:failed", [{ key: "is", value: "failed", negated: false }]],
    ["is:from-cache", [{ key: "is", value: "cached", negated: false }]],
    ["IS:Cancelled", [{ key: "is", value: "canceled", negated: false }]],
    ["-is:redirect", [{ key: "is", value: "redirect", negated: true }]],
    ["method:post", [{ key: "method", methods: ["POST"], negated: false }]],
    ["method:GET,HEAD", [{ key: "method", methods: ["GET", "HEAD"], negated: false }]],
    ["domain:*.Example.com", [{ key: "domain", patterns: ["*.example.com"], negated: false }]],
    ["path:/api/Orders/:id", [{ key: "path", pattern: "/api/Orders/:id", negated: false }]],
    ["type:xhr|fetch", [{ key: "type", types: ["xhr", "fetch"], negated: false }]],
    ["resource-type:Script", [{ key: "type", types: ["script"], negated: false }]],
    ["larger-than:100k", [{ key: "larger-than", bytes: 102400, negated: false }]],
    ["larger-than:1.5M", [{ key: "larger-than", bytes: 1572864, negated: false }]],
    ["larger-than:500", [{ key: "larger-than", bytes: 500, negated: false }]],
    ["mime-type:Application/JSON", [{ key: "mime-type", mimeTypes: ["application/json"], negated: false }]],
    ["scheme:HTTP", [{ key: "scheme", schemes: ["http"], negated: false }]],
    [
      "has-response-header:Retry-After",
      [{ key: "has-response-header", name: "retry-after", negated: false }],
    ],
  ])("%j", (query, expected) => {
    expect(terms(query)).toEqual(expected);
  });

  it("ANDs several terms in order", () => {
    expect(terms("api  status:5xx -method:GET").map((t) => [t.key, t.negated])).toEqual([
      ["text", false],
      ["status", false],
      ["method", true],
    ]);
  });
});

describe("parseFilter: errors say where and suggest", () => {
  it.each<[string, number, number, string | undefined]>([
    ["stauts:404", 0, 10, "status:404"],
    ["api -stauts:404", 5, 10, "status:404"],
    ["is:faild", 0, 8, "is:failed"],
    ["status:4x", 0, 9, "status:4xx"],
    ["status-code:4x", 0, 14, "status-code:4xx"],
    ["status:=>400", 0, 12, "status:>=400"],
    ["status:400..499", 0, 15, "status:400-499"],
    ["status:404,4x", 0, 13, "status:404,4xx"],
    ["status:abc", 0, 10, undefined],
    ["status:", 0, 7, undefined],
    ["status:1000", 0, 11, undefined],
    ["type:scirpt", 0, 11, "type:script"],
    ["path:api/orders", 0, 15, "path:/api/orders"],
    ["path:", 0, 5, undefined],
    ["type:xhr,", 0, 9, "type:xhr"],
    ["larger-than:100kb", 0, 17, "larger-than:100k"],
    ["larger-than:2MB", 0, 15, "larger-than:2M"],
    ["larger-than:lots", 0, 16, undefined],
    ["mehtod:POST", 0, 11, "method:POST"],
    ["method:G(ET", 0, 11, undefined],
    ["is:", 0, 3, undefined],
    ['"unclosed', 0, 9, '"unclosed"'],
    ['"a"b', 3, 0, " "],
    ["api -", 4, 1, undefined],
  ])("%j → [%i, +%i) suggests %j", (query, position, length, suggestion) => {
    const result = parseFilter(query);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.position).toBe(position);
    expect(result.error.length).toBe(length);
    expect(result.error.suggestion).toBe(suggestion);
    expect(result.error.message.length).toBeGreaterThan(5);
  });

  it("a suggestion applied to its span gives a query that parses", () => {
    for (const query of [
      "stauts:404",
      "is:faild",
      "status:4x",
      "larger-than:100kb",
      "type:scirpt",
      '"a b',
      '"a"b',
    ]) {
      const result = parseFilter(query);
      if (result.ok || result.error.suggestion === undefined) throw new Error(`no suggestion for ${query}`);
      const { position, length, suggestion } = result.error;
      expect(parseFilter(query.slice(0, position) + suggestion + query.slice(position + length)).ok).toBe(
        true,
      );
    }
  });
});

describe("FILTER_KEYS", () => {
  it.each(FILTER_KEYS)("$key's example parses to that key", ({ key, example }) => {
    expect(terms(example)[0]?.key).toBe(key);
  });
});

// ---- properties ----

const statusRange = fc.oneof(
  fc.integer({ min: 0, max: 999 }).map((n) => ({ min: n, max: n })),
  fc.integer({ min: 0, max: 9 }).map((d) => ({ min: d * 100, max: d * 100 + 99 })),
  fc.integer({ min: 0, max: 999 }).map((n) => ({ min: n, max: INF })),
  fc
    .tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 999 }))
    .map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) })),
);
const token = fc.stringMatching(/^[a-z0-9][a-z0-9.-]{0,10}$/);
const termBody = fc.oneof(
  fc.string({ unit: "grapheme" }).map((text) => ({ key: "text" as const, text })),
  fc.array(statusRange, { minLength: 1, maxLength: 3 }).map((ranges) => ({ key: "status" as const, ranges })),
  fc.constantFrom(...IS_VALUES).map((value) => ({ key: "is" as const, value })),
  fc
    .array(token, { minLength: 1, maxLength: 3 })
    .map((m) => ({ key: "method" as const, methods: m.map((x) => x.toUpperCase()) })),
  fc
    .array(
      token.map((t) => `*.${t}`),
      { minLength: 1, maxLength: 2 },
    )
    .map((patterns) => ({ key: "domain" as const, patterns })),
  fc.subarray([...RESOURCE_TYPES], { minLength: 1 }).map((types) => ({ key: "type" as const, types })),
  fc
    .integer({ min: 0, max: Number.MAX_SAFE_INTEGER })
    .map((bytes) => ({ key: "larger-than" as const, bytes })),
  token.map((name) => ({ key: "has-response-header" as const, name })),
);
const filterArb = fc
  .array(fc.tuple(termBody, fc.boolean()), { maxLength: 6 })
  .map((list) => ({ terms: list.map(([body, negated]) => ({ ...body, negated }) as FilterTerm) }));

describe("parseFilter properties", () => {
  it("never throws, and an error's span lies within the query", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" })),
        (query) => {
          const result = parseFilter(query);
          if (result.ok) return;
          const { position, length } = result.error;
          expect(position).toBeGreaterThanOrEqual(0);
          expect(length).toBeGreaterThanOrEqual(0);
          expect(position + length).toBeLessThanOrEqual(query.length);
        },
      ),
    );
  });

  it("never throws on key:value soup", () => {
    const keyish = fc.constantFrom(...FILTER_KEYS.map((k) => k.key), "status-code", "stauts", "-is", "x");
    const value = fc.oneof(fc.string(), fc.stringMatching(/^[<>=0-9x,.kM|-]{0,8}$/));
    const query = fc
      .array(fc.tuple(keyish, value).map(([k, v]) => `${k}:${v}`))
      .map((parts) => parts.join(" "));
    fc.assert(
      fc.property(query, (q) => {
        const result = parseFilter(q);
        if (!result.ok) expect(result.error.position + result.error.length).toBeLessThanOrEqual(q.length);
      }),
    );
  });

  it("round-trips any filter through its canonical query", () => {
    fc.assert(
      fc.property(filterArb, (filter) => {
        const result = parseFilter(formatFilter(filter));
        expect(result).toEqual({ ok: true, filter });
      }),
    );
  });

  it("round-trips whatever it parsed", () => {
    fc.assert(
      fc.property(fc.string(), (query) => {
        const first = parseFilter(query);
        if (!first.ok) return;
        expect(parseFilter(formatFilter(first.filter))).toEqual(first);
      }),
    );
  });

  it("status:n matches exactly n for every three-digit code", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), (n) => {
        expect(terms(`status:${n}`)).toEqual([
          { key: "status", ranges: [{ min: n, max: n }], negated: false },
        ]);
      }),
    );
  });
});
