import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const RUN = 8;
const SRC = fileURLToPath(new URL("../../src/", import.meta.url));
const SEED = fileURLToPath(new URL("../fixtures/seed/http-status-reference.txt", import.meta.url));

// Case, punctuation and curly quotes are ignored, so a copy cannot hide behind reformatting.
const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/['’]/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

function runsOf(words: string[]): string[] {
  const runs: string[] = [];
  for (let start = 0; start + RUN <= words.length; start++)
    runs.push(words.slice(start, start + RUN).join(" "));
  return runs;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe("the seed text", () => {
  const seedRuns = new Set(runsOf(wordsOf(readFileSync(SEED, "utf8"))));

  it("is long enough to test against", () => {
    expect(seedRuns.size).toBeGreaterThan(1000);
  });

  it(`shares no ${RUN}-word run with any file in src/`, () => {
    const copies = filesUnder(SRC).flatMap((file) =>
      runsOf(wordsOf(readFileSync(file, "utf8")))
        .filter((run) => seedRuns.has(run))
        .map((run) => `${file}: "${run}"`),
    );
    expect(copies).toEqual([]);
  });

  it("would catch a copied sentence", () => {
    const copied =
      "The server is telling your browser that the cached version of the resource is still valid.";
    expect(runsOf(wordsOf(copied)).some((run) => seedRuns.has(run))).toBe(true);
  });
});
