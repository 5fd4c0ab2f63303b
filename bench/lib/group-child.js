// @ts-check
// Runs one bench group in its own node process (a fresh heap, so one group's garbage never lands in another's
// figures) and sends its rows back to the runner.
import { pathToFileURL } from "node:url";
import { harPath } from "./data.js";

const [modulePath = "", mode = ""] = process.argv.slice(2);
const quick = mode === "--quick";
const name = modulePath.replace(/^.*bench\//, "").replace(/\.js$/, "");
/** @type {import("./context.js").BenchContext} */
const ctx = {
  // A quick run reads the 1k file wherever a size is asked for: every row, little time.
  data: { path: (size) => harPath(quick ? "1k" : size) },
  quick,
  log: (message) => process.stderr.write(`  [${name}] ${message}\n`),
};
const group = await import(pathToFileURL(modulePath).href);
const rows = await group.run(ctx);
process.send?.({ rows });
