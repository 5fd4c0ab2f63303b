#!/usr/bin/env node
// The CLI is TypeScript built to dist-cli/ by `npm run build:cli` (run by `prepare` on npm install).
import { existsSync } from "node:fs";
import { appendFile, readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

// Exit codes: 0 ok, 1 usage error, 2 unreadable input or nothing matched, 3 findings (har --fail-on),
// 70 unexpected error (sysexits' software).
const INTERNAL_ERROR = 70;

const built = fileURLToPath(new URL("../dist-cli/status-lens.js", import.meta.url));
if (!existsSync(built)) {
  console.error("status-lens: the CLI is not built yet; run `npm run build:cli` (npm install does it).");
  process.exit(2);
}

// `status-lens har x.har | head -1`: the reader has gone, which is no error of ours.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
}

/** Standard input, whole, as bytes. */
async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
}

const debug = process.argv.includes("--debug");
const args = process.argv.slice(2).filter((arg) => arg !== "--debug");
try {
  const { main } = await import(built);
  process.exitCode = await main(args, {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    // Bytes, so the CLI decodes them as a browser would (a UTF-16 HAR included).
    readFile: async (path) => (path === "-" ? readStdin() : new Uint8Array(await readFile(path))),
    readDir: async (path) =>
      (await readdir(path, { withFileTypes: true })).map((entry) => ({
        name: entry.name,
        isDirectory: entry.isDirectory(),
      })),
    appendFile: (path, text) => appendFile(path, text),
    env: process.env,
  });
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    debug
      ? `${error instanceof Error ? error.stack : message}\n`
      : `status-lens: unexpected error: ${message.split("\n")[0]} (run again with --debug for details)\n`,
  );
  process.exitCode = INTERNAL_ERROR;
}
