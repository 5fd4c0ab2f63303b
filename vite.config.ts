import { crx, type ManifestV3Export } from "@crxjs/vite-plugin";
import preact from "@preact/preset-vite";
import { defineConfig } from "vite";
import manifest from "./manifest.json" with { type: "json" };

export default defineConfig({
  // gecko.data_collection_permissions is newer than crxjs's manifest type; the JSON is still a valid MV3 manifest.
  plugins: [preact(), crx({ manifest: manifest as ManifestV3Export })],
  build: {
    target: "chrome120",
    sourcemap: false,
    modulePreload: { polyfill: false },
    // crxjs builds the devtools page from the manifest, but the panel page is only named in JavaScript.
    rollupOptions: { input: { panel: "src/panel/panel.html" } },
  },
});
