import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ALL_ENTRIES,
  explainFailure,
  explainFailureKind,
  type FailureKind,
  queryKindOf,
  searchReference,
} from "../../src/reference";
import { expectWellFormed } from "./well-formed";

// Text shaped like each form of the query grammar, plus anything at all (explainStatus's numbers: lookup.test.ts).
const grammarText = fc.oneof(
  fc.integer({ min: -1000, max: 1200 }).map(String),
  fc
    .tuple(fc.integer({ min: 0, max: 1200 }), fc.integer({ min: 0, max: 99999 }))
    .map(([a, b]) => `${a}.${b}`),
  fc.stringMatching(/^-?\d{1,40}(\.\d{1,6})?$/),
  fc.stringMatching(/^(net::)?(ERR|err)_[A-Z0-9_]{0,30}$/),
  fc.stringMatching(/^NS_[A-Z_]{1,30}$/),
  fc.stringMatching(/^(ws|WS):\s?-?\d{0,7}[a-z]?$/),
  fc.constantFrom(...ALL_ENTRIES.flatMap((entry) => [entry.name, ...entry.aliases])),
  fc.constantFrom("__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: "binary", maxLength: 200 }),
);

describe("explain* for any text", () => {
  it("searchReference: well-formed entries, one for every query but words, words only from the reference", () => {
    fc.assert(
      fc.property(grammarText, (text) => {
        const entries = searchReference(text);
        for (const entry of entries) expectWellFormed(entry);
        if (queryKindOf(text) === "words") {
          expect(new Set(entries).size).toBe(entries.length);
          for (const entry of entries) expect(ALL_ENTRIES).toContain(entry);
        } else {
          expect(entries).toHaveLength(1);
        }
        // What a card echoes of the query stays short, however long the query.
        for (const entry of entries) expect(entry.name.length).toBeLessThanOrEqual(120);
      }),
    );
  });

  it("explainFailure: a well-formed failure card for any error text", () => {
    fc.assert(
      fc.property(grammarText, (text) => {
        const entry = explainFailure(text);
        expectWellFormed(entry);
        expect([entry.class, entry.kind]).toEqual(["failed", "failure"]);
        expect(entry.name.length).toBeLessThanOrEqual(120);
      }),
    );
  });

  it("explainFailureKind: a no-status card even for a kind recorded data made up", () => {
    fc.assert(
      fc.property(grammarText, (text) => {
        const entry = explainFailureKind(text as FailureKind);
        expectWellFormed(entry);
        expect(entry.kind).toBe("failure");
      }),
    );
  });
});
