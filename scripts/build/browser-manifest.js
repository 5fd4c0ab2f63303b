// @ts-check
// One manifest.json for both browsers: Chromium's build drops the Gecko settings (Chrome warns about the key on
// chrome://extensions), Firefox's keeps them. Both builds come from the same source.

/** The browsers a build targets: `vite build` is Chromium, `vite build --mode firefox` is Firefox. */
export const BROWSERS = /** @type {const} */ (["chromium", "firefox"]);

/** @typedef {typeof BROWSERS[number]} Browser */

/** @param {string} mode @returns {Browser} */
export const browserOfMode = (mode) => (mode === "firefox" ? "firefox" : "chromium");

/**
 * The manifest for `browser`, from the shared one.
 * @template {{ browser_specific_settings?: unknown }} M
 * @param {M} manifest
 * @param {Browser} browser
 * @returns {M}
 */
export function manifestFor(manifest, browser) {
  if (browser === "firefox") return manifest;
  const { browser_specific_settings: _gecko, ...chromium } = manifest;
  return /** @type {M} */ (chromium);
}
