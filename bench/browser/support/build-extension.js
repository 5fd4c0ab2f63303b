// @ts-check
// The extension as `npm run build` makes it, built from the working tree into bench/.build/extension (never dist/).
import { fileURLToPath } from "node:url";
import { build } from "vite";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
export const EXTENSION_BUILD = fileURLToPath(new URL("../../.build/extension/", import.meta.url));

/** Builds it and returns its folder. */
export async function buildExtension() {
  await build({
    root: ROOT,
    configFile: `${ROOT}vite.config.ts`,
    logLevel: "warn",
    build: { outDir: EXTENSION_BUILD, emptyOutDir: true },
  });
  return EXTENSION_BUILD;
}
