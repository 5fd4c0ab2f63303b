// @ts-check
// The generated HARs, made once per generator version into bench/data/ (gitignored) and reused after.
import { existsSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { writeHar } from "./generate-har.js";

/** Bump when the generator's output changes, so stale files are made again. */
const VERSION = 2;
export const SIZES = /** @type {const} */ ({ "1k": 1_000, "10k": 10_000, "100k": 100_000 });
/** @typedef {keyof typeof SIZES} Size */
const DIR = fileURLToPath(new URL("../data/", import.meta.url));

/** @param {Size} size */
export const harPath = (size) => `${DIR}chromium-${size}.v${VERSION}.har`;

/** Makes the HARs these sizes need, when missing. @param {readonly Size[]} sizes @param {(message: string) => void} log */
export function ensureHars(sizes, log) {
  mkdirSync(DIR, { recursive: true });
  for (const size of sizes) {
    const path = harPath(size);
    if (existsSync(path)) continue;
    log(`generating ${size} entries → ${path}`);
    writeHar(path, SIZES[size]);
  }
}
