// @ts-check
// Makes sure a browser for the browser tests exists: installs its Debian package when root, else fails naming it.
import { execFileSync } from "node:child_process";

/**
 * The binary `find` returns, installing Debian's `debianPackage` with apt-get first when it finds none.
 * @param {{ name: string, debianPackage: string, find: () => string | undefined, hint: string }} browser
 * @returns {string}
 */
export function ensureBrowser({ name, debianPackage, find, hint }) {
  const found = find();
  if (found) return found;
  if (process.getuid?.() !== 0)
    throw new Error(`${hint} (The tests install it themselves only when run as root.)`);
  console.log(`${name} is missing: installing Debian's ${debianPackage} package (apt-get, about a minute)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", debianPackage], { stdio: "inherit", env });
  const installed = find();
  if (!installed) throw new Error(`apt-get installed ${debianPackage} but no binary was found. ${hint}`);
  return installed;
}
