// @ts-check
// The extension as `npm run build` makes it, built from the working tree into a folder of this process's own (never
// dist/, nor bench/.build/, which the runner empties when it bundles core).
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** Builds it and returns its folder. */
export async function buildExtension() {
  const outDir = join(tmpdir(), "status-lens-bench", `extension-${process.pid}`);
  await build({
    root: ROOT,
    configFile: `${ROOT}vite.config.ts`,
    logLevel: "warn",
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}
