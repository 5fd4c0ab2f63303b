import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { isRow } from "../../bench/lib/rows.js";

// The bench's node-side groups on the 1k file, one round: every row is produced with a real figure, so the bench
// code cannot rot between full runs. Budgets are not judged here (1k figures say nothing about 100k).
test("npm run bench -- --quick produces every core row", () => {
  const out = join(mkdtempSync(join(tmpdir(), "bench-")), "quick.json");
  const run = spawnSync("node", ["bench/run.js", "--quick", "--only", "core/", "--out", out], {
    encoding: "utf8",
    timeout: 120_000,
  });
  expect(run.status, run.stderr).toBe(0);
  const result = JSON.parse(readFileSync(out, "utf8"));
  expect(result.quick).toBe(true);
  expect(result.rows.length).toBeGreaterThan(0);
  for (const row of result.rows) {
    expect(isRow(row), JSON.stringify(row)).toBe(true);
    expect(Number.isFinite(row.ours), row.what).toBe(true);
    expect(row.group).toMatch(/^core\//);
  }
  expect(run.stdout).toContain("what");
}, 120_000);
