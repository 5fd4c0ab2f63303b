// @ts-check
// `npm run lint:firefox`: addons.mozilla.org's linter (web-ext lint) over the Firefox build. Passes with no errors,
// no notices, and no warnings but those listed in ACCEPTED, each with why it is acceptable.
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

const ACCEPTED = [
  {
    code: "UNSAFE_VAR_ASSIGNMENT",
    file: /^assets\/panel-[\w-]+\.js$/,
    why: "Preact's renderer has one innerHTML assignment, for dangerouslySetInnerHTML, which Status Lens never uses (tests/core/layer-purity.test.ts keeps innerHTML and dangerouslySetInnerHTML out of src/); page data is always rendered as text.",
  },
];

/** @typedef {{ code: string, message: string, file?: string, line?: number, column?: number }} LintMessage */

/** @param {string} sourceDir @returns {{ errors: LintMessage[], notices: LintMessage[], warnings: LintMessage[] }} */
function lint(sourceDir) {
  const run = spawnSync(
    "npx",
    ["web-ext", "lint", "--source-dir", sourceDir, "--output", "json", "--boring"],
    {
      encoding: "utf8",
    },
  );
  try {
    return JSON.parse(run.stdout);
  } catch {
    throw new Error(`web-ext lint gave no report:\n${run.stdout}\n${run.stderr}`);
  }
}

const sourceDir = resolve(process.argv[2] ?? "dist-firefox");
const report = lint(sourceDir);
const accepted = (/** @type {LintMessage} */ w) =>
  ACCEPTED.find((rule) => rule.code === w.code && rule.file.test(w.file ?? ""));
const where = (/** @type {LintMessage} */ m) =>
  `${m.code} ${m.file ?? ""}${m.line ? `:${m.line}` : ""}: ${m.message}`;
const blocking = [...report.errors, ...report.notices, ...report.warnings.filter((w) => !accepted(w))];
const acceptedWarnings = report.warnings.filter(accepted);
for (const warning of acceptedWarnings)
  console.log(`accepted warning ${where(warning)}\n  why: ${accepted(warning)?.why}`);
for (const message of blocking) console.log(`✗ ${where(message)}`);
console.log(
  `web-ext lint ${sourceDir}: ${report.errors.length} errors, ${report.notices.length} notices, ${report.warnings.length} warnings (${acceptedWarnings.length} accepted)`,
);
process.exitCode = blocking.length > 0 ? 1 : 0;
