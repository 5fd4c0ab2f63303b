import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type RawTerm, tokenizeFilter } from "../../../src/core/filter/filter-tokens";

describe("tokenizeFilter", () => {
  it.each<[string, RawTerm[]]>([
    [
      "a  b",
      [
        { negated: false, text: "a", quoted: false, start: 0, length: 1 },
        { negated: false, text: "b", quoted: false, start: 3, length: 1 },
      ],
    ],
    [
      '-"x y" z',
      [
        { negated: true, text: "x y", quoted: true, start: 1, length: 5 },
        { negated: false, text: "z", quoted: false, start: 7, length: 1 },
      ],
    ],
    ['"a\\"b\\\\c\\d"', [{ negated: false, text: 'a"b\\c\\d', quoted: true, start: 0, length: 11 }]],
    ["--x", [{ negated: true, text: "-x", quoted: false, start: 1, length: 2 }]],
    ['a"b', [{ negated: false, text: 'a"b', quoted: false, start: 0, length: 3 }]],
    ["\u00a0x\u3000", [{ negated: false, text: "x", quoted: false, start: 1, length: 1 }]],
  ])("%j", (query, expected) => {
    expect(tokenizeFilter(query)).toEqual({ ok: true, terms: expected });
  });

  it("every unquoted term is the query's own text at its span", () => {
    fc.assert(
      fc.property(fc.string(), (query) => {
        const result = tokenizeFilter(query);
        if (!result.ok) return;
        for (const term of result.terms) {
          expect(term.start + term.length).toBeLessThanOrEqual(query.length);
          if (!term.quoted) expect(query.slice(term.start, term.start + term.length)).toBe(term.text);
        }
      }),
    );
  });
});
