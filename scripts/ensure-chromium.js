// @ts-check
// Makes sure a Chromium exists for the browser tests: installs Debian's package when root, else fails naming it.
import { execFileSync } from "node:child_process";
import { findChromiumOrUndefined, INSTALL_HINT } from "./find-chromium.js";

export function ensureChromium() {
  const found = findChromiumOrUndefined();
  if (found) return found;
  if (process.getuid?.() !== 0)
    throw new Error(`${INSTALL_HINT} (The tests install it themselves only when run as root.)`);
  console.log("Chromium is missing: installing Debian's chromium package (apt-get, about a minute)…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
  const installed = findChromiumOrUndefined();
  if (!installed) throw new Error(`apt-get installed chromium but no binary was found. ${INSTALL_HINT}`);
  return installed;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop() ?? "")) {
  console.log(ensureChromium());
}
