import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatFilter, IS_VALUES, KNOWN_KEYS, parseFilter, RESOURCE_TYPES } from "../../../src/core/filter";

// Queries put together from the language's own pieces, so most reach a key's value parser, plus hostile words.
const value = fc.oneof(
  fc.constantFrom(
    ...IS_VALUES,
    ...RESOURCE_TYPES,
    "4xx",
    ">=400",
    "200-299",
    "1k",
    "2.5M",
    "*.a.test",
    "/x/*",
  ),
  fc.constantFrom("__proto__", "constructor", "toString", "", '"', '"a b"', ",", "-", ":"),
  fc.string({ maxLength: 6 }),
);
const key = fc.oneof(
  fc.constantFrom(...KNOWN_KEYS),
  fc.constantFrom("constructor", "__proto__", "Status", "x"),
);
const term = fc.oneof(
  fc
    .tuple(fc.constantFrom("", "-"), key, value, fc.array(value, { maxLength: 2 }))
    .map(([negation, k, first, more]) => `${negation}${k}:${[first, ...more].join(",")}`),
  value,
);
const query = fc.oneof(
  fc.array(term, { maxLength: 4 }).map((terms) => terms.join(" ")),
  fc.string({ unit: "binary", maxLength: 30 }),
);

describe("parseFilter on queries made of the language's pieces", () => {
  it("gives a filter that formatFilter round-trips, or an error spanning part of the query with a message", () => {
    fc.assert(
      fc.property(query, (q) => {
        const result = parseFilter(q);
        if (result.ok) {
          for (const term of result.filter.terms) expect(["text", ...KNOWN_KEYS]).toContain(term.key);
          expect(parseFilter(formatFilter(result.filter))).toEqual(result);
          return;
        }
        const { position, length, message, suggestion } = result.error;
        expect(Number.isInteger(position) && position >= 0 && length >= 0).toBe(true);
        expect(position + length).toBeLessThanOrEqual(q.length);
        expect(message.trim()).not.toBe("");
        expect(message).not.toMatch(/\n/);
        // A suggestion replaces the span with something else (" " inserts the missing space after a quote).
        if (suggestion !== undefined) expect(suggestion).not.toBe(q.slice(position, position + length));
      }),
    );
  });
});
