import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createHarStreamReader, type HarBatch } from "../../../src/core/har/har-stream-reader";
import { parseHarText } from "../../../src/core/har/parse-har";
import { runs } from "../../fast-check-runs";

const FIXTURES = "tests/fixtures/har/";
const fixtures = readdirSync(FIXTURES).filter((name) => name.endsWith(".har"));

/** Reads `text` cut at `cuts` (positions), as a file read in chunks: the whole answer, or the first refusal. */
function readInPieces(text: string, cuts: readonly number[] = []) {
  const reader = createHarStreamReader();
  const all: HarBatch = { records: [], problems: [] };
  const edges = [0, ...[...new Set(cuts)].sort((a, b) => a - b), text.length];
  for (let i = 0; i + 1 <= edges.length; i++) {
    const step = i + 1 < edges.length ? reader.push(text.slice(edges[i], edges[i + 1])) : reader.end();
    if (!step.ok) return step;
    all.records.push(...step.records);
    all.problems.push(...step.problems);
  }
  return { ok: true as const, ...all };
}

describe("a HAR read in pieces", () => {
  it.each(fixtures)("gives parseHarText's records and problems for %s, in one piece or many", (name) => {
    const text = readFileSync(`${FIXTURES}${name}`, "utf8");
    const whole = parseHarText(text);
    expect(readInPieces(text)).toEqual(whole);
    const everyKb = Array.from({ length: Math.floor(text.length / 1024) }, (_, i) => (i + 1) * 1024);
    expect(readInPieces(text, everyKb)).toEqual(whole);
  });

  it("gives the same answer wherever the pieces are cut", () => {
    const text = readFileSync(`${FIXTURES}partly-malformed.har`, "utf8");
    const whole = parseHarText(text);
    fc.assert(
      fc.property(fc.array(fc.nat({ max: text.length }), { maxLength: 40 }), (cuts) => {
        expect(readInPieces(text, cuts)).toEqual(whole);
      }),
      { numRuns: runs(100) },
    );
  });

  it.each([
    ["{ not json", /^not a HAR file: invalid JSON \(/],
    ['{"log": {"pages": []}}', "not a HAR file: no log.entries array"],
    ["[1, 2]", "not a HAR file: not a JSON object"],
    ['{"log":{"entries":[{},]}}', /^not a HAR file: invalid JSON \(/],
    ['{"log":{"entries":[,{}]}}', /^not a HAR file: invalid JSON \(/],
    ['{"log":{"entries":[{"a":1} {"b":2}]}}', /^not a HAR file: invalid JSON \(/],
    ['{"log":{"entries":[{"a":1}]}', /^not a HAR file: invalid JSON \(/],
    ['{"log":{"entries":[{"a":1}', /^not a HAR file: invalid JSON \(/],
    ['{"log":{"entries":[{"a":}]}}', /^not a HAR file: invalid JSON \(/],
    ['{"log":{"entries":[]}} trailing', /^not a HAR file: invalid JSON \(/],
  ])("refuses %s as parseHarText does, in one line", (text, error) => {
    expect(parseHarText(text).ok).toBe(false);
    const read = readInPieces(text, [3, 17, 21]);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.error).toMatch(error);
      expect(read.error).not.toContain("\n");
    }
  });

  it("reads getHAR's own shape, { entries }, and odd but valid entries as parseHarText does", () => {
    const entry = { request: { method: "GET", url: "https://a.test/x" }, response: { status: 404 } };
    for (const text of [
      JSON.stringify({ entries: [entry, entry] }),
      `\uFEFF${JSON.stringify({ log: { entries: [entry, 7, "x", null, true, [1], { "]": '[\\"' }, entry] } })}`,
      JSON.stringify({ log: { creator: { name: 'a]\\"{' }, entries: [entry], pages: [] } }, null, 2),
    ])
      expect(readInPieces(text, [1, 2, 30, 31, 77])).toEqual(parseHarText(text));
  });

  it("agrees with parseHarText on whether any JSON is a HAR, and on its records", () => {
    const harLike = fc.record({ log: fc.record({ entries: fc.array(fc.jsonValue(), { maxLength: 4 }) }) });
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), harLike), fc.array(fc.nat({ max: 400 })), (value, cuts) => {
        const text = JSON.stringify(value, null, 1) ?? "null";
        const whole = parseHarText(text);
        const read = readInPieces(text, cuts);
        expect(read.ok).toBe(whole.ok);
        if (read.ok && whole.ok) expect(read).toEqual(whole);
      }),
      { numRuns: runs(300) },
    );
  });
});
