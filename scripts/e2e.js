// @ts-check
// End-to-end tests in real Chromium and Firefox: `npm run test:e2e -- --repeat 3` runs the suite three times.
import { ensureChromium } from "./ensure-chromium.js";
import { ensureFirefox } from "./ensure-firefox.js";
import { runVitest } from "./run-vitest.js";

/** @param {string[]} argv */
export function runE2e(argv) {
  const at = argv.indexOf("--repeat");
  const repeat = at >= 0 ? Math.max(1, Number(argv[at + 1]) || 1) : 1;
  ensureChromium();
  ensureFirefox();
  let passed = 0;
  let failed = 0;
  for (let run = 1; run <= repeat; run++) {
    if (repeat > 1) console.log(`\n— e2e run ${run} of ${repeat} —`);
    const result = runVitest(["--config", "vitest.e2e.config.ts"]);
    passed += result.passed;
    failed += result.failed;
  }
  return { passed, failed };
}

if (process.argv[1]?.endsWith("e2e.js")) {
  const { passed, failed } = runE2e(process.argv.slice(2));
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}
