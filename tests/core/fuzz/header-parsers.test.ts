import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  parseAuthHeader,
  parseEntityTags,
  parseProblemDetails,
  parseRateLimits,
} from "../../../src/core/hints";
import {
  formatBytes,
  formatDuration,
  formatSize,
  formParamsOf,
  headerValues,
  parseStructuredMembers,
  tokenList,
  utf8Length,
} from "../../../src/core/http";

// Header text as servers and attackers write it: mostly the field's own syntax, sometimes anything at all.
const headerText = (alphabet: string) =>
  fc.oneof(
    fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 40 }),
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.constantFrom("__proto__", "constructor", "toString", "hasOwnProperty"),
  );
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const SF_KEY = /^[a-z*][a-z0-9_.*-]*$/;

describe("header parsers give well-formed output for any value", () => {
  it("tokenList: every item is a token found in the values, at most one per comma-separated item", () => {
    fc.assert(
      fc.property(fc.array(headerText('abGET, \t";=-'), { maxLength: 4 }), (values) => {
        const tokens = tokenList(values);
        for (const token of tokens) {
          expect(token).toMatch(TOKEN);
          expect(values.some((value) => value.includes(token))).toBe(true);
        }
        expect(tokens.length).toBeLessThanOrEqual(values.join(",").split(",").length);
      }),
    );
  });

  it("parseEntityTags: '*' alone, or entity tags each quoted, optionally weak, and found in the value", () => {
    fc.assert(
      fc.property(headerText('W/"ab,* \\'), (value) => {
        const tags = parseEntityTags(value);
        if (tags.includes("*")) expect(tags).toEqual(["*"]);
        else for (const tag of tags) expect(value).toContain(tag);
        for (const tag of tags) expect(tag).toMatch(/^\*$|^(W\/)?"[^"]*"$/);
      }),
    );
  });

  it("parseStructuredMembers: keys and parameter names are sf-keys, items are finite numbers, strings or booleans", () => {
    fc.assert(
      fc.property(headerText('ab1*?-.;=," :\\'), (value) => {
        for (const member of parseStructuredMembers(value)) {
          if (member.key !== undefined) expect(member.key).toMatch(SF_KEY);
          for (const [name, item] of [["", member.value] as const, ...member.params]) {
            if (name !== "") expect(name).toMatch(SF_KEY);
            expect(["number", "string", "boolean"]).toContain(typeof item);
            if (typeof item === "number") expect(Number.isFinite(item)).toBe(true);
          }
        }
      }),
    );
  });

  it("parseAuthHeader: token schemes, lower-case token parameter names, string values, token68 as RFC 9110 §11.2", () => {
    fc.assert(
      fc.property(fc.array(headerText('Basic Bearer realm="x", a=b,=/'), { maxLength: 3 }), (values) => {
        for (const challenge of parseAuthHeader(values)) {
          expect(challenge.scheme).toMatch(TOKEN);
          expect(challenge.params).toBeInstanceOf(Map);
          for (const [name, text] of challenge.params) {
            expect(name).toMatch(TOKEN);
            expect(name).toBe(name.toLowerCase());
            expect(typeof text).toBe("string");
          }
          if (challenge.token68 !== undefined) expect(challenge.token68).toMatch(/^[A-Za-z0-9._~+/-]+=*$/);
        }
      }),
    );
  });

  // Found by the property below at 1,000 runs: the structured RateLimit header drops a fractional count, the older
  // RateLimit-Limit / X-RateLimit-* headers keep it (src/core/hints/rate-limit-hints.ts, separate(): leadingNumber
  // allows decimals for reset times and is used for limit and remaining too). Not in this session's paths.
  it("reads RateLimit-Limit: 1.5 as no count, as the structured header's q=1.5 is", () => {
    const now = new Date(0);
    for (const name of ["RateLimit-Limit", "X-RateLimit-Limit", "X-RateLimit-Remaining"]) {
      for (const limit of parseRateLimits([{ name, value: "1.5" }], now)) {
        for (const count of [limit.limit, limit.remaining]) {
          if (count !== undefined) expect(Number.isInteger(count)).toBe(true);
        }
      }
    }
  });

  it("reads a RateLimit policy named by an empty string as no policy (seed 776091660)", () => {
    expect(parseRateLimits([{ name: "RateLimit", value: '""' }], new Date(0))).toEqual([]);
  });

  it("parseRateLimits: a named source, numbers finite and not negative", () => {
    const name = fc.constantFrom(
      "RateLimit",
      "RateLimit-Policy",
      "RateLimit-Limit",
      "RateLimit-Remaining",
      "RateLimit-Reset",
      "X-RateLimit-Limit",
      "X-RateLimit-Remaining",
      "X-RateLimit-Reset",
      "X-RateLimit-Resource",
      "__proto__",
    );
    const value = fc.oneof(
      headerText('d1q;t=w,"'),
      fc.integer({ min: -5, max: 2e9 }).map(String),
      fc.constantFrom("1e400", "9".repeat(40), "1.5", '"default";q=100;w=60', "default;r=0;t=30"),
    );
    fc.assert(
      fc.property(
        fc.array(fc.record({ name, value }), { maxLength: 5 }),
        fc.date({ noInvalidDate: true }),
        (headers, now) => {
          for (const limit of parseRateLimits(headers, now)) {
            expect(["RateLimit", "RateLimit-*", "X-RateLimit-*", "X-Rate-Limit-*"]).toContain(limit.source);
            if (limit.policy !== undefined) expect(limit.policy.trim()).not.toBe("");
            for (const n of [limit.limit, limit.remaining])
              if (n !== undefined) expect(Number.isInteger(n)).toBe(true);
            for (const n of [limit.limit, limit.remaining, limit.resetSeconds, limit.windowSeconds]) {
              if (n !== undefined) expect(Number.isFinite(n) && n >= 0).toBe(true);
            }
          }
        },
      ),
    );
  });

  it("parseProblemDetails: trimmed members of at most 300 characters, an integer status, error lines as text", () => {
    const member = fc.oneof(fc.string({ maxLength: 400 }), fc.jsonValue({ maxDepth: 2 }), fc.constant(" "));
    const body = fc.oneof(
      fc
        .record(
          { type: member, title: member, status: member, detail: member, instance: member, errors: member },
          { requiredKeys: [] },
        )
        .map((value) => JSON.stringify(value)),
      fc.string(),
    );
    fc.assert(
      fc.property(
        body,
        fc.constantFrom("", "application/problem+json", "application/json"),
        (text, mimeType) => {
          const problem = parseProblemDetails(text, mimeType);
          if (!problem) return;
          for (const member of [problem.type, problem.title, problem.detail, problem.instance]) {
            if (member === undefined) continue;
            expect(member.length).toBeGreaterThan(0);
            expect(member.length).toBeLessThanOrEqual(300);
            expect(member).toBe(member.trim());
          }
          if (problem.status !== undefined) expect(Number.isInteger(problem.status)).toBe(true);
          for (const line of problem.errors)
            expect(typeof line === "string" && line.trim() !== "").toBe(true);
        },
      ),
    );
  });

  it("formParamsOf: string names and values, never more pairs than '&'-separated parts", () => {
    fc.assert(
      fc.property(headerText("a=b&%2+;é"), (text) => {
        const params = formParamsOf(text);
        for (const { name, value } of params)
          expect([typeof name, typeof value]).toEqual(["string", "string"]);
        expect(params.length).toBeLessThanOrEqual(text.split("&").length);
      }),
    );
  });

  it("headerValues: only the values of fields of that name, whatever the name", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ name: headerText("aA-_"), value: fc.string() }), { maxLength: 5 }),
        headerText("aA-_"),
        (headers, wanted) => {
          const expected = headers
            .filter((h) => h.name.toLowerCase() === wanted.toLowerCase())
            .map((h) => h.value);
          expect(headerValues(headers, wanted)).toEqual(expected);
        },
      ),
    );
  });
});

describe("size and time formatting for any measured value", () => {
  it("utf8Length counts any string, lone surrogates included, as Node's Buffer does", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(utf8Length(text)).toBe(Buffer.byteLength(text, "utf8"));
      }),
    );
  });

  it("formatSize, formatBytes and formatDuration write a number and a unit for any non-negative finite value", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e15, noNaN: true }),
        fc.integer({ min: 0, max: 2 ** 50 }),
        (x, bytes) => {
          expect(formatSize(x)).toMatch(/^\d+(\.\d)? (B|kB|MB)$/);
          expect(formatBytes(bytes)).toMatch(/^\d+ bytes$|^\d+(\.\d)? (KiB|MiB|GiB) \(\d+ bytes\)$/);
          expect(formatDuration(x)).toMatch(/^\d+(\.\d{1,2})? (ms|s|min|hrs|days)$/);
        },
      ),
    );
  });
});
