// @ts-check
// `npm test`: typecheck, lint, unit tests, both builds, web-ext lint, then the e2e tests in real Chromium and
// Firefox. Ends with one plain line "N passed, N failed" (each typecheck/lint/build step counts as one check)
// because CI reads only that.
import { spawnSync } from "node:child_process";
import { runE2e } from "./e2e.js";
import { runVitest } from "./run-vitest.js";

let passed = 0;
let failed = 0;

/** @param {string} name @param {string[]} command */
function check(name, command) {
  console.log(`\n▶ ${name}: ${command.join(" ")}`);
  const ok = spawnSync(command[0] ?? "", command.slice(1), { stdio: "inherit" }).status === 0;
  if (ok) passed++;
  else {
    failed++;
    console.log(`✗ ${name} failed`);
  }
  return ok;
}

/** @param {{ passed: number, failed: number }} result */
function add(result) {
  passed += result.passed;
  failed += result.failed;
}

check("typecheck", ["npx", "tsc", "--noEmit", "-p", "tsconfig.json"]);
check("typecheck (core and reference without DOM or node)", [
  "npx",
  "tsc",
  "--noEmit",
  "-p",
  "tsconfig.core.json",
]);
check("lint", ["npx", "biome", "check", "."]);
console.log("\n▶ unit tests");
add(runVitest([]));
const built = check("build", ["npm", "run", "build", "--silent"]);
const builtForFirefox = check("build (Firefox)", ["npm", "run", "build:firefox", "--silent"]);
if (builtForFirefox) check("web-ext lint (Firefox build)", ["node", "scripts/lint-firefox.js"]);
if (built && builtForFirefox) {
  console.log("\n▶ end-to-end tests in Chromium and Firefox");
  try {
    add(runE2e([]));
  } catch (error) {
    console.log(`✗ e2e setup failed: ${error instanceof Error ? error.message : error}`);
    failed++;
  }
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
