// @ts-check
// Node 20 cannot run TypeScript: core is bundled as the CLI is (vite, SSR, one ES module), into bench/.build/.
import { fileURLToPath } from "node:url";
import { build } from "vite";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const CORE_BUILD = fileURLToPath(new URL("../.build/core.js", import.meta.url));

export async function buildCore() {
  await build({
    root: ROOT,
    configFile: false,
    publicDir: false,
    logLevel: "warn",
    build: {
      ssr: "bench/lib/core-entry.ts",
      outDir: "bench/.build",
      emptyOutDir: true,
      target: "node20",
      minify: false,
      rollupOptions: { output: { entryFileNames: "core.js", format: "es" } },
    },
  });
}

/** The built core, typed as its source. @returns {Promise<typeof import("./core-entry.ts")>} */
export const loadCore = () => import(CORE_BUILD);
