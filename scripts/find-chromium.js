// @ts-check
// Finds a Chromium to drive: CHROME_PATH, Debian's real binary, then the usual names on PATH.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const CANDIDATES = [
  "/usr/lib/chromium/chromium",
  "/usr/bin/chromium",
  "chromium-browser",
  "chromium",
  "google-chrome",
  "google-chrome-stable",
];

export const INSTALL_HINT =
  "No Chromium found. Install Debian's package (sudo apt-get install chromium), or set CHROME_PATH to a Chrome or Chromium binary.";

/** @returns {string | undefined} */
export function findChromiumOrUndefined() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  for (const candidate of CANDIDATES) {
    if (candidate.startsWith("/")) {
      if (existsSync(candidate)) return candidate;
      continue;
    }
    try {
      return execFileSync("which", [candidate], { encoding: "utf8" }).trim() || undefined;
    } catch {
      // not on PATH: try the next name
    }
  }
  return undefined;
}

/** @returns {string} */
export function findChromium() {
  const found = findChromiumOrUndefined();
  if (!found) throw new Error(INSTALL_HINT);
  return found;
}
