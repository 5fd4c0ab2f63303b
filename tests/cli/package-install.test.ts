import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCliPackage } from "./built-cli";

const npm = (cwd: string, ...args: string[]) =>
  execFileSync("npm", [...args, "--no-audit", "--no-fund", "--loglevel=error"], { cwd, encoding: "utf8" });

describe("the published package", () => {
  it("ships only the bin and the built CLI, and depends on nothing at run time", () => {
    const [pack] = JSON.parse(npm(".", "pack", "--dry-run", "--json", "--ignore-scripts"));
    const paths: string[] = pack.files.map((file: { path: string }) => file.path);
    expect(paths).toContain("bin/status-lens.js");
    expect(
      paths.filter((path) => !/^(bin|dist-cli)\/|^(package\.json|README\.md|LICENSE)$/.test(path)),
    ).toEqual([]);
    const manifest = JSON.parse(readFileSync("package.json", "utf8"));
    expect(manifest.bin).toEqual({ "status-lens": "bin/status-lens.js" });
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.engines.node).toBe(">=20");
  });

  describe("npm pack, then npm install of the tarball in an empty folder", () => {
    const pkg = buildCliPackage("status-lens-pack-");
    // Outside this repository, so npm finds no package.json above it.
    const app = mkdtempSync(join(tmpdir(), "status-lens-app-"));
    const installed = () => join(app, "node_modules", ".bin", "status-lens");
    beforeAll(() => {
      pkg.build();
      for (const file of ["package.json", "README.md"]) copyFileSync(file, join(pkg.root, file));
      // prepare has built dist-cli already (pkg.build); an installed tarball never runs it.
      npm(pkg.root, "pack", "--ignore-scripts", "--silent");
      const tarball = readdirSync(pkg.root).find((name) => name.endsWith(".tgz")) ?? "";
      // --offline: with no runtime dependencies nothing needs the registry.
      npm(app, "install", "--offline", resolve(pkg.root, tarball));
    }, 120_000);
    afterAll(() => {
      pkg.remove();
      rmSync(app, { recursive: true, force: true });
    });

    it("the built CLI imports nothing, so no dev-only module is needed at run time", () => {
      const bundle = readFileSync(join(app, "node_modules/status-lens/dist-cli/status-lens.js"), "utf8");
      const imports = [
        ...bundle.matchAll(/^\s*import\b.*?from\s+["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']/gm),
      ];
      expect(imports.map((m) => m[1] ?? m[2]).filter((name) => !name?.startsWith("node:"))).toEqual([]);
      expect(readdirSync(join(app, "node_modules")).filter((name) => !name.startsWith("."))).toEqual([
        "status-lens",
      ]);
    });

    it("runs explain", () => {
      const result = spawnSync(installed(), ["explain", "429"], { cwd: app, encoding: "utf8" });
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^429 Too Many Requests/);
    });

    it("runs har, with --fail-on and --format junit", () => {
      const har = resolve("tests/fixtures/har/playwright-capture.har");
      const result = spawnSync(installed(), ["har", har, "--fail-on", "is:failed", "--format", "junit"], {
        cwd: app,
        encoding: "utf8",
      });
      expect(result.stderr).toBe("");
      expect(result.status).toBe(3);
      expect(result.stdout).toMatch(/<testsuites name="status-lens" tests="3" failures="3" errors="0">/);
    });
  });
});
