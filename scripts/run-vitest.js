// @ts-check
// Runs vitest with its usual output plus a JSON report, and returns the pass/fail counts from that report.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** @param {string[]} args @returns {{ passed: number, failed: number }} */
export function runVitest(args) {
  const dir = mkdtempSync(join(tmpdir(), "status-lens-vitest-"));
  const report = join(dir, "report.json");
  const run = spawnSync(
    "npx",
    ["vitest", "run", ...args, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`],
    {
      stdio: "inherit",
    },
  );
  try {
    const json = JSON.parse(readFileSync(report, "utf8"));
    // A file that failed outside its tests (failed to load, a hook threw) counts once more; so does a crash.
    const brokenFiles = json.testResults.filter(
      (/** @type {{ status: string, assertionResults: { status: string }[] }} */ file) =>
        file.status === "failed" && !file.assertionResults.some((test) => test.status === "failed"),
    ).length;
    const failed = json.numFailedTests + brokenFiles;
    return { passed: json.numPassedTests, failed: failed || (run.status === 0 ? 0 : 1) };
  } catch {
    return { passed: 0, failed: 1 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
