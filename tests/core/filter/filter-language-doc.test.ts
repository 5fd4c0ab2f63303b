import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseFilter } from "../../../src/core/filter/filter-parser";

const doc = readFileSync("docs/filter-language.md", "utf8");
const section = (title: string) => doc.split(/^## /m).find((s) => s.startsWith(title)) ?? "";
const firstCells = (text: string) =>
  [...text.matchAll(/^\|\s*`([^`]+)`\s*\|/gm)].map((m) => m[1] as string).filter((q) => q !== "Query");

describe("docs/filter-language.md", () => {
  it("finds the examples and error rows", () => {
    expect(firstCells(section("Examples")).length).toBeGreaterThan(5);
    expect(firstCells(section("Errors")).length).toBeGreaterThan(5);
  });

  it.each(firstCells(section("Examples")))("example %j parses", (query) => {
    expect(parseFilter(query).ok).toBe(true);
  });

  it.each(firstCells(section("Errors")))("error example %j fails as documented", (query) => {
    const result = parseFilter(query);
    expect(result.ok).toBe(false);
    const row =
      section("Errors")
        .split("\n")
        .find((line) => firstCells(line)[0] === query) ?? "";
    const suggested = /\|\s*`([^`]+)`\s*\|$/.exec(row.trim())?.[1];
    if (!result.ok) expect(result.error.suggestion).toBe(suggested);
  });

  it("documents every key's examples in the terms table", () => {
    for (const example of [...section("Terms").matchAll(/`([a-z-]+:[^`]+)`/g)].map((m) => m[1] as string)) {
      expect(parseFilter(example).ok, example).toBe(true);
    }
  });
});
