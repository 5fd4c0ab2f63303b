#!/usr/bin/env node
// The CLI is TypeScript built to dist-cli/ by `npm run build:cli` (run by `prepare` on npm install).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const built = fileURLToPath(new URL("../dist-cli/status-lens.js", import.meta.url));
if (!existsSync(built)) {
  console.error("status-lens: the CLI is not built yet; run `npm run build:cli` (npm install does it).");
  process.exit(2);
}
const { main } = await import(built);
process.exitCode = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readFile: (path) => import("node:fs/promises").then((fs) => fs.readFile(path, "utf8")),
});
