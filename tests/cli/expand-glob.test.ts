import { describe, expect, it } from "vitest";
import type { DirEntry } from "../../src/cli/cli-io";
import { expandGlob, isGlob } from "../../src/cli/expand-glob";

const TREE: Record<string, DirEntry[]> = {
  ".": [
    { name: "a.har", isDirectory: false },
    { name: "b.har", isDirectory: false },
    { name: ".hidden.har", isDirectory: false },
    { name: "notes.txt", isDirectory: false },
    { name: "test-results", isDirectory: true },
  ],
  "test-results": [
    { name: "login", isDirectory: true },
    { name: "top.har", isDirectory: false },
  ],
  "test-results/login": [
    { name: "run-1.har", isDirectory: false },
    { name: "run-2.har", isDirectory: false },
  ],
  "/abs": [{ name: "x.har", isDirectory: false }],
};
const readDir = async (path: string) => {
  const entries = TREE[path];
  if (!entries) throw new Error(`ENOENT: ${path}`);
  return entries;
};

describe("expandGlob", () => {
  it.each([
    { pattern: "*.har", files: ["a.har", "b.har"] },
    { pattern: "?.har", files: ["a.har", "b.har"] },
    { pattern: "[a].har", files: ["a.har"] },
    { pattern: "[!a].har", files: ["b.har"] },
    { pattern: ".*.har", files: [".hidden.har"] },
    {
      pattern: "test-results/*/*.har",
      files: ["test-results/login/run-1.har", "test-results/login/run-2.har"],
    },
    {
      pattern: "test-results/**/*.har",
      files: ["test-results/login/run-1.har", "test-results/login/run-2.har", "test-results/top.har"],
    },
    { pattern: "**/run-?.har", files: ["test-results/login/run-1.har", "test-results/login/run-2.har"] },
    { pattern: "/abs/*.har", files: ["/abs/x.har"] },
    { pattern: "missing/*.har", files: [] },
    { pattern: "*.json", files: [] },
  ])("$pattern", async ({ pattern, files }) => {
    expect(await expandGlob(pattern, readDir)).toEqual(files);
  });

  it.each([
    ["a.har", false],
    ["-", false],
    ["*.har", true],
    ["run-?.har", true],
    ["[ab].har", true],
  ] as const)("isGlob(%s) is %s", (path, glob) => {
    expect(isGlob(path)).toBe(glob);
  });
});
