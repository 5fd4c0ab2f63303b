import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makePackages } from "../../scripts/package.js";

const names = (zip: string) => execFileSync("unzip", ["-Z1", zip], { encoding: "utf8" }).trim().split("\n");
const readJsonIn = (zip: string, path: string) =>
  JSON.parse(execFileSync("unzip", ["-p", zip, path], { encoding: "utf8" }));
/** The version the packages must carry: the committed package.json's, since they are built from HEAD. */
const committedVersion = () =>
  JSON.parse(execFileSync("git", ["show", "HEAD:package.json"], { encoding: "utf8" })).version;

const EXTENSION_FILES = [
  "manifest.json",
  "src/devtools/devtools.html",
  "src/panel/panel.html",
  ...[16, 32, 48, 128].map((size) => `icons/status-lens-${size}.png`),
];

describe("npm run package", () => {
  const out = mkdtempSync(join(tmpdir(), "status-lens-packages-"));
  let made: ReturnType<typeof makePackages>;
  beforeAll(() => {
    made = makePackages(["--out", out, "--link-deps"]);
  }, 180_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("names each zip for its store and the committed version", () => {
    const version = committedVersion();
    expect(made.chrome).toBe(join(out, `status-lens-chrome-${version}.zip`));
    expect(made.firefox).toBe(join(out, `status-lens-firefox-${version}.zip`));
    expect(made.source).toBe(join(out, `status-lens-source-${version}.zip`));
  });

  it.each(["chrome", "firefox"] as const)(
    "%s: the built extension only, with its manifest at the root",
    (store) => {
      const files = names(made[store]);
      expect(files).toEqual(expect.arrayContaining(EXTENSION_FILES));
      expect(
        files.filter((file) => /\.map$|\.tsx?$|^tests\/|^node_modules\/|(^|\/)\.vite\//.test(file)),
      ).toEqual([]);
      expect(readJsonIn(made[store], "manifest.json").version).toBe(committedVersion());
    },
  );

  it("chrome: no Gecko settings; firefox: the add-on id, Firefox 140 and no data collected", () => {
    expect(readJsonIn(made.chrome, "manifest.json").browser_specific_settings).toBeUndefined();
    expect(readJsonIn(made.firefox, "manifest.json").browser_specific_settings.gecko).toEqual({
      id: "status-lens@status-lens.dev",
      strict_min_version: "140.0",
      data_collection_permissions: { required: ["none"] },
    });
  });

  it("source: everything the build needs and the instructions, from which the two zips were built", () => {
    const prefix = `status-lens-${committedVersion()}/`;
    const files = names(made.source);
    const needed = [
      "BUILDING.md",
      "package.json",
      "package-lock.json",
      "manifest.json",
      "vite.config.ts",
      "tsconfig.json",
      "scripts/build/browser-manifest.js",
      "src/devtools/devtools.ts",
      "src/panel/panel.html",
      "public/icons/status-lens-128.png",
    ];
    expect(files).toEqual(expect.arrayContaining(needed.map((file) => prefix + file)));
    expect(files.filter((file) => /\/(node_modules|dist|dist-firefox|packages)\//.test(file))).toEqual([]);
  });
});
