import preact from "@preact/preset-vite";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [preact()],
  test: {
    include: ["tests/**/*.test.{ts,tsx}"],
    exclude: ["tests/e2e/**", "node_modules/**"],
    environment: "node",
    // fast-check's case count for every property: 1,000 here, more under `npm run fuzz`.
    setupFiles: ["tests/fast-check-runs.ts"],
    // Property tests run thousands of cases; on two busy cores 5 s is too tight.
    testTimeout: 30_000,
  },
});
