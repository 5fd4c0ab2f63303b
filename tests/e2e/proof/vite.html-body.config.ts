// A test-only build in which response and request bodies are rendered as HTML (details-body-html.tsx):
//   npx vite build --config tests/e2e/proof/vite.html-body.config.ts --outDir /tmp/html-body-dist --emptyOutDir
// The hostile e2e run against it (STATUS_LENS_EXTENSION_DIR=/tmp/html-body-dist) must fail its DOM checks.
import { fileURLToPath } from "node:url";
import { defineConfig, mergeConfig } from "vite";
import base from "../../../vite.config";

export default defineConfig((env) =>
  mergeConfig(base(env), {
    resolve: {
      alias: [
        {
          find: /^\.\/details-body$/,
          replacement: fileURLToPath(new URL("./details-body-html.tsx", import.meta.url)),
        },
      ],
    },
  }),
);
