// @ts-check
// Makes sure a Chromium exists for the browser tests: installs Debian's package when root, else fails naming it.
import { ensureBrowser } from "./ensure-browser.js";
import { findChromiumOrUndefined, INSTALL_HINT } from "./find-chromium.js";

export const ensureChromium = () =>
  ensureBrowser({
    name: "Chromium",
    debianPackage: "chromium",
    find: findChromiumOrUndefined,
    hint: INSTALL_HINT,
  });

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop() ?? "")) {
  console.log(ensureChromium());
}
