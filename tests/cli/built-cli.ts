import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";

/**
 * Builds the CLI into a temporary copy of the package layout, so the real bin/status-lens.js runs it under node
 * as after `npm install`; inside node_modules so that any external import of the bundle still resolves.
 */
export function buildCliPackage(prefix: string) {
  mkdirSync("node_modules/.cache", { recursive: true });
  const root = resolve(mkdtempSync(join("node_modules/.cache", prefix)));
  const bin = join(root, "bin", "status-lens.js");
  return {
    root,
    bin,
    build(): void {
      const vite = "node_modules/vite/bin/vite.js";
      const outDir = join(root, "dist-cli");
      execFileSync(
        process.execPath,
        [vite, "build", "--config", "vite.cli.config.ts", "--outDir", outDir, "--logLevel", "error"],
        { stdio: "pipe" },
      );
      mkdirSync(join(root, "bin"));
      copyFileSync("bin/status-lens.js", bin);
    },
    run: (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" }),
    /** Runs with `input` on standard input. */
    runWithInput: (input: Buffer | string, ...args: string[]) =>
      spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", input }),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
