import { crx, type ManifestV3Export } from "@crxjs/vite-plugin";
import preact from "@preact/preset-vite";
import { defineConfig } from "vite";
import manifest from "./manifest.json" with { type: "json" };
import { browserOfMode, manifestFor } from "./scripts/build/browser-manifest.js";

// `vite build` makes the Chromium build in dist/; `vite build --mode firefox` the Firefox one in dist-firefox/.
export default defineConfig(({ mode }) => {
  const browser = browserOfMode(mode);
  return {
    // gecko.data_collection_permissions is newer than crxjs's manifest type; the JSON is still a valid MV3 manifest.
    plugins: [preact(), crx({ manifest: manifestFor(manifest, browser) as ManifestV3Export })],
    build: {
      outDir: browser === "firefox" ? "dist-firefox" : "dist",
      target: browser === "firefox" ? "firefox140" : "chrome120",
      sourcemap: false,
      modulePreload: { polyfill: false },
      // crxjs builds the devtools page from the manifest, but the panel page is only named in JavaScript.
      rollupOptions: { input: { panel: "src/panel/panel.html" } },
    },
  };
});
