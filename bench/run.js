// @ts-check
// `npm run bench`: makes the seeded HARs, bundles core, runs every group in bench/core/ and bench/browser/ (each in
// its own node process), prints one table, saves it to bench/results/latest.json (and .md), and exits 1 when a
// budget fails.
// --quick: the 1k file wherever a size is asked, one round, budgets shown but not enforced (npm test's smoke).
// --only <text>: only the groups whose path contains it ("core", "browser/live-load"). --out <file>: where to save.
import { fork } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { buildCore } from "./lib/build-core.js";
import { ensureHars } from "./lib/data.js";
import { isRow } from "./lib/rows.js";
import { markdownTable, textTable } from "./lib/table.js";

/** Heap for a group: a 100,000-entry HAR is ~500 MB of text, then its parsed objects, then the records. */
export const GROUP_NODE_OPTIONS = ["--expose-gc", "--max-old-space-size=8192"];
const BENCH = fileURLToPath(new URL(".", import.meta.url));
const args = process.argv.slice(2);
const option = (/** @type {string} */ name) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const quick = args.includes("--quick");
const only = option("--only") ?? "";
const out = option("--out") ?? `${BENCH}results/${quick ? "quick" : "latest"}.json`;
const log = (/** @type {string} */ message) => process.stderr.write(`${message}\n`);

/** @typedef {import("./lib/rows.js").Row & { group: string }} GroupRow */

/** Runs one group's module in a child process; a crash or a malformed answer is one failing row. @param {string} group */
function runGroup(group) {
  return new Promise((resolve) => {
    /** @type {unknown} */ let answer;
    const child = fork(`${BENCH}lib/group-child.js`, [`${BENCH}${group}`, quick ? "--quick" : ""], {
      execArgv: GROUP_NODE_OPTIONS,
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    child.on("message", (message) => {
      answer = message;
    });
    child.on("exit", (code) => {
      const rows = /** @type {{ rows?: unknown } | undefined} */ (answer)?.rows;
      if (code === 0 && Array.isArray(rows) && rows.length > 0 && rows.every(isRow)) {
        resolve(rows.map((row) => ({ ...row, group })));
        return;
      }
      const why = code === 0 ? "returned no well-formed rows" : `exited with code ${code}`;
      resolve([
        {
          group,
          what: `${group}: ${why}`,
          ours: Number.NaN,
          baseline: null,
          unit: "count",
          ratio: null,
          budget: "runs",
          pass: false,
        },
      ]);
    });
  });
}

const groups = ["core", "browser"]
  .filter((folder) => existsSync(`${BENCH}${folder}`))
  .flatMap((folder) =>
    readdirSync(`${BENCH}${folder}`)
      .filter((file) => file.endsWith(".js"))
      .sort()
      .map((file) => `${folder}/${file}`),
  )
  .filter((group) => group.includes(only));
const started = Date.now();
ensureHars(quick ? ["1k"] : ["1k", "10k", "100k"], log);
await buildCore();
/** @type {GroupRow[]} */
const rows = [];
for (const group of groups) {
  log(`▶ ${group}`);
  rows.push(.../** @type {GroupRow[]} */ (await runGroup(group)));
}
const passed = rows.every((row) => row.pass);
console.log(`\n${textTable(rows)}\n`);
const machine = {
  cpu: os.cpus()[0]?.model ?? "unknown",
  cores: os.availableParallelism(),
  memoryGB: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  os: `${os.type()} ${os.release()}`,
};
const seconds = Math.round((Date.now() - started) / 1000);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  `${JSON.stringify({ ranAt: new Date().toISOString(), quick, seconds, machine, passed, rows }, null, 2)}\n`,
);
// The same table in Markdown, with the machine it ran on, for the README's Performance section.
const on = `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, node ${machine.node}, ${machine.os}`;
writeFileSync(out.replace(/\.json$/, ".md"), `${markdownTable(rows)}\n\nOn ${on}, ${seconds} s.\n`);
console.log(
  `${rows.filter((row) => row.pass).length} of ${rows.length} rows within budget, ${seconds} s; saved to ${out}`,
);
// A quick run only proves every row is produced: its 1k figures say nothing about the budgets.
const crashed = rows.some((row) => row.budget === "runs");
process.exitCode = crashed || (!quick && !passed) ? 1 : 0;
