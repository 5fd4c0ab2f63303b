// @ts-check
// Makes sure a Firefox exists for the Firefox browser test: installs Debian's firefox-esr when root, else fails
// naming it. The Chromium twin is ensure-chromium.js.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const CANDIDATES = ["/usr/lib/firefox-esr/firefox-esr", "/usr/lib/firefox/firefox"];

const INSTALL_HINT =
  "No Firefox found. Install Debian's package (sudo apt-get install firefox-esr), or set FIREFOX_PATH to a Firefox binary.";

/** FIREFOX_PATH, else Debian's real binary (not the /usr/bin wrapper script). @returns {string | undefined} */
export function findFirefoxOrUndefined() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((candidate) => existsSync(candidate));
}

/** @returns {string} */
export function ensureFirefox() {
  const found = findFirefoxOrUndefined();
  if (found) return found;
  if (process.getuid?.() !== 0)
    throw new Error(`${INSTALL_HINT} (The tests install it themselves only when run as root.)`);
  console.log("Firefox is missing: installing Debian's firefox-esr package (apt-get, about a minute)…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "firefox-esr"], { stdio: "inherit", env });
  const installed = findFirefoxOrUndefined();
  if (!installed) throw new Error(`apt-get installed firefox-esr but no binary was found. ${INSTALL_HINT}`);
  return installed;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop() ?? "")) {
  console.log(ensureFirefox());
}
