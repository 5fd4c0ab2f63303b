import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseFilter } from "../../../src/core/filter/filter-parser";
import type { IsValue } from "../../../src/core/filter/filter-term";
import { queryAsksIs, toggleIsTerm } from "../../../src/core/filter/is-term-query";

const KINDS: IsValue[] = ["network", "blocked", "canceled", "cors"];

describe("toggleIsTerm / queryAsksIs", () => {
  it.each<[string, IsValue, string]>([
    ["", "cors", "is:cors"],
    ["is:cors", "cors", ""],
    ["api status:0", "network", "api status:0 is:network"],
    ["api is:network method:GET", "network", "api method:GET"],
    // Failure kinds exclude each other: a second one replaces the first instead of matching nothing.
    ["is:cors api", "blocked", "api is:blocked"],
    // A negated term is the user's own: kept.
    ["-is:canceled", "network", "-is:canceled is:network"],
    // A query that does not parse keeps its text.
    ["stauts:404", "cors", "stauts:404 is:cors"],
  ])("%j with %s → %j", (query, value, expected) => {
    expect(toggleIsTerm(query, value, KINDS)).toBe(expected);
  });

  it("says whether the query asks for a value", () => {
    expect(queryAsksIs("api is:cors", "cors")).toBe(true);
    expect(queryAsksIs("is:cors-error", "cors")).toBe(true);
    expect(queryAsksIs("-is:cors", "cors")).toBe(false);
    expect(queryAsksIs("stauts:1 is:cors", "cors")).toBe(false);
  });

  it("toggles back and forth to a query that means the same, for any query that parses", () => {
    const word = fc.constantFrom(
      "api",
      "status:4xx",
      "-is:cached",
      "is:cors",
      "method:GET",
      '"a b"',
      "is:blocked",
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 5 }), fc.constantFrom(...KINDS), (words, kind) => {
        const query = words.join(" ");
        const once = toggleIsTerm(query, kind, KINDS);
        expect(parseFilter(once).ok).toBe(true);
        expect(queryAsksIs(once, kind)).toBe(!queryAsksIs(query, kind));
        const others = KINDS.filter((k) => k !== kind && queryAsksIs(once, k));
        expect(others).toEqual([]);
      }),
    );
  });
});
