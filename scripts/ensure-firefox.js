// @ts-check
// Makes sure a Firefox exists for the Firefox browser test: installs Debian's firefox-esr when root, else fails
// naming it, as ensure-chromium.js does for Chromium.
import { existsSync } from "node:fs";
import { ensureBrowser } from "./ensure-browser.js";

const CANDIDATES = ["/usr/lib/firefox-esr/firefox-esr", "/usr/lib/firefox/firefox"];

const INSTALL_HINT =
  "No Firefox found. Install Debian's package (sudo apt-get install firefox-esr), or set FIREFOX_PATH to a Firefox binary.";

/** FIREFOX_PATH, else Debian's real binary (not the /usr/bin wrapper script). @returns {string | undefined} */
export function findFirefoxOrUndefined() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((candidate) => existsSync(candidate));
}

export const ensureFirefox = () =>
  ensureBrowser({
    name: "Firefox",
    debianPackage: "firefox-esr",
    find: findFirefoxOrUndefined,
    hint: INSTALL_HINT,
  });

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop() ?? "")) {
  console.log(ensureFirefox());
}
