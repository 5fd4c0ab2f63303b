import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { HINT_READERS } from "../../../src/core/hints";

const HINTS_DIR = "src/core/hints";
const files = readdirSync(HINTS_DIR).filter((name) => name.endsWith(".ts") && name !== "index.ts");
/** Files that export a `…Hints` function: each is a kind of finding. */
const hintFiles = files.filter((name) =>
  /export function \w+Hints\(/.test(readFileSync(`${HINTS_DIR}/${name}`, "utf8")),
);
const registry = readFileSync(`${HINTS_DIR}/hint-readers.ts`, "utf8");

/** Hint files reached another way, and why. */
const NOT_IN_TABLE: Record<string, string> = {
  "chain-hints.ts": "reads a redirect chain, not one exchange: explainExchange adds it",
  "cors-preflight-hints.ts": "part of the CORS reading: cors-hints calls it for a preflight",
};

describe("the hint registry", () => {
  it("finds the hint files", () => {
    expect(hintFiles.length).toBeGreaterThanOrEqual(12);
  });

  it.each(hintFiles)("%s is read through HINT_READERS, or says why not", (file) => {
    const registered = registry.includes(`from "./${file.replace(/\.ts$/, "")}"`);
    expect(registered || file in NOT_IN_TABLE, `${file}: add a line to HINT_READERS`).toBe(true);
  });

  it.each(files)("%s has its own test file", (file) => {
    expect(readdirSync("tests/core/hints")).toContain(file.replace(/\.ts$/, ".test.ts"));
  });

  it("names each reader once", () => {
    const names = HINT_READERS.map((reader) => reader.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
