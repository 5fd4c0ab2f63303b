import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : /\.tsx?$/.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );
}

const pureFiles = [...sourceFiles("src/core"), ...sourceFiles("src/reference")];

describe("src/core and src/reference stay pure", () => {
  it("has files to check", () => {
    expect(pureFiles.length).toBeGreaterThan(5);
  });

  it.each(pureFiles)("%s uses no browser global and imports no UI or adapter", (file) => {
    const code = readFileSync(file, "utf8").replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, "");
    expect(code).not.toMatch(/\b(window|document|chrome|browser|localStorage|navigator)\s*\./);
    expect(code).not.toMatch(
      /from\s+["'](preact|@preact\/signals|webextension-polyfill)|from\s+["'][./]*\/(panel|devtools|cli)\//,
    );
  });
});

describe("src/panel renders page data as text", () => {
  it.each(sourceFiles("src/panel"))("%s builds no HTML from strings", (file) => {
    expect(readFileSync(file, "utf8")).not.toMatch(
      /dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML/,
    );
  });
});
