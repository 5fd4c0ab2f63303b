import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
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

describe("src/reference is the bottom layer", () => {
  it.each(sourceFiles("src/reference"))("%s imports nothing from src/core", (file) => {
    expect(readFileSync(file, "utf8")).not.toMatch(/from\s+["'][./]*\/core\//);
  });
});

describe("each src/core folder has one way in", () => {
  const coreFolders = readdirSync("src/core", { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const sources = [...sourceFiles("src"), ...sourceFiles("scripts")];

  it("finds the folders, each with an index.ts", () => {
    expect(coreFolders.length).toBeGreaterThanOrEqual(6);
    for (const folder of coreFolders)
      expect(sourceFiles(`src/core/${folder}`)).toContain(`src/core/${folder}/index.ts`);
  });

  it.each(sources)("%s reaches another core folder only through its index", (file) => {
    const own = /^src\/core\/([^/]+)\//.exec(file)?.[1];
    const specifiers = [...readFileSync(file, "utf8").matchAll(/from\s+["'](\.{1,2}\/[^"']+)["']/g)].map(
      (m) => m[1] ?? "",
    );
    for (const specifier of specifiers) {
      const target = join(dirname(file), specifier);
      const folder = /^src\/core\/([^/]+)\/(.+)$/.exec(target);
      if (!folder || folder[1] === own) continue;
      expect(folder[2], `${file} imports ${specifier}`).toBe("index");
    }
  });
});

describe("src/reference has one way in", () => {
  const outside = [...sourceFiles("src"), ...sourceFiles("scripts")].filter(
    (f) => !f.startsWith("src/reference/"),
  );

  it.each(outside)("%s reaches src/reference only through its index", (file) => {
    for (const [, specifier = ""] of readFileSync(file, "utf8").matchAll(
      /from\s+["'](\.{1,2}\/[^"']+)["']/g,
    )) {
      const target = join(dirname(file), specifier);
      if (target.startsWith("src/reference/"))
        expect(target, `${file} imports ${specifier}`).toBe("src/reference/index");
    }
  });
});
