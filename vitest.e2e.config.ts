import { defineConfig } from "vitest/config";

// One browser per file, files one after another: two cores cannot run several Chromiums well.
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.test.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
