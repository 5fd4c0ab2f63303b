import { defineConfig } from "vite";

// The CLI: one ESM file for node 20, which cannot run TypeScript itself.
export default defineConfig({
  // The extension's public/ (icons) has no place next to the CLI.
  publicDir: false,
  build: {
    ssr: "src/cli/main.ts",
    outDir: "dist-cli",
    emptyOutDir: true,
    target: "node20",
    minify: false,
    rollupOptions: { output: { entryFileNames: "status-lens.js", format: "es" } },
  },
});
