import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseHar, parseHarText } from "../../../src/core/har/parse-har";
import { runs } from "../../fast-check-runs";

const good = { request: { method: "GET", url: "https://a.test/" }, response: { status: 200 } };

describe("parseHar", () => {
  it.each([
    { input: "null", error: "not a HAR file: not a JSON object" },
    { input: "42", error: "not a HAR file: not a JSON object" },
    { input: "{}", error: "not a HAR file: no log.entries array" },
    { input: '{"log":{"entries":{}}}', error: "not a HAR file: no log.entries array" },
    { input: "", error: /^not a HAR file: invalid JSON/ },
    { input: "<html>", error: /^not a HAR file: invalid JSON/ },
  ])("refuses $input with one line", ({ input, error }) => {
    const result = parseHarText(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(error);
      expect(result.error).not.toContain("\n");
    }
  });

  it("accepts a BOM and an empty log", () => {
    expect(parseHarText('\uFEFF{"log":{"entries":[]}}')).toEqual({ ok: true, records: [], problems: [] });
  });

  it("reports bad entries by index and keeps the good ones", () => {
    const result = parseHar({ log: { entries: [good, 7, { request: {} }, good] } });
    if (!result.ok) throw new Error(result.error);
    expect(result.records.map((r) => r.index)).toEqual([0, 3]);
    expect(result.problems.map((p) => p.index)).toEqual([1, 2]);
  });

  it("keeps two identical entries apart with distinct ids", () => {
    const result = parseHar({ log: { entries: [good, good, good] } });
    if (!result.ok) throw new Error(result.error);
    expect(new Set(result.records.map((r) => r.id)).size).toBe(3);
  });

  it("accepts getHAR's { entries } and refuses a bare array", () => {
    const result = parseHar({ entries: [good] });
    expect(result.ok && result.records.length).toBe(1);
    expect(parseHar([good])).toEqual({ ok: false, error: "not a HAR file: not a JSON object" });
  });
});

describe("parseHar properties", () => {
  it("never throws on any text; a refusal is one line starting 'not a HAR file'", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ log: { entries: v } })),
        ),
        (text) => {
          const result = parseHarText(text);
          if (!result.ok) expect(result.error).toMatch(/^not a HAR file: [^\n]+$/);
        },
      ),
      { numRuns: runs(500) },
    );
  });

  it("accounts for every entry once, as a record or a problem, with unique ids", () => {
    const entry = fc.oneof(
      fc.constant(good),
      fc.record({
        request: fc.record({
          method: fc.constantFrom("GET", "POST", ""),
          url: fc.oneof(fc.webUrl(), fc.string()),
        }),
      }),
      fc.anything(),
    );
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 30 }), (entries) => {
        const result = parseHar({ log: { entries } });
        if (!result.ok) throw new Error(result.error);
        const indexes = [...result.records.map((r) => r.index), ...result.problems.map((p) => p.index)];
        expect(indexes.sort((a, b) => a - b)).toEqual(entries.map((_, i) => i));
        expect(new Set(result.records.map((r) => r.id)).size).toBe(result.records.length);
      }),
    );
  });
});
