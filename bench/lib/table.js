// @ts-check
// The rows as a plain-text table (what, ours, baseline, ratio, budget, pass) and as the README's Markdown table.

/** @typedef {import("./rows.js").Row} Row */

/** A figure with its unit, three significant digits at most past the thousands. @param {number | null} value @param {string} unit */
export function formatValue(value, unit) {
  if (value === null) return "—";
  if (!Number.isFinite(value)) return String(value);
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  const text = value.toLocaleString("en-US", { maximumFractionDigits: digits });
  return unit === "count" ? text : `${text} ${unit}`;
}

/** @param {number | null} ratio */
export const formatRatio = (ratio) =>
  ratio === null ? "—" : `${ratio < 0.1 ? ratio.toPrecision(2) : ratio.toFixed(2)}×`;

/** @param {Row} row @returns {string[]} */
const cellsOf = (row) => [
  row.what,
  formatValue(row.ours, row.unit),
  formatValue(row.baseline, row.unit),
  formatRatio(row.ratio),
  row.budget,
  row.pass ? "pass" : "FAIL",
];
const HEAD = ["what", "ours", "baseline", "ratio", "budget", "pass"];

/** Columns padded to their widest cell, notes on the line under their row. @param {readonly Row[]} rows */
export function textTable(rows) {
  const lines = [HEAD, ...rows.map(cellsOf)];
  const widths = HEAD.map((_, column) => Math.max(...lines.map((cells) => (cells[column] ?? "").length)));
  const format = (/** @type {string[]} */ cells) =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join("  ");
  const out = [format(HEAD)];
  for (const row of rows) {
    out.push(format(cellsOf(row)));
    if (row.note) out.push(`    ${row.note}`);
  }
  return out.join("\n");
}

/** @param {readonly Row[]} rows */
export function markdownTable(rows) {
  const line = (/** @type {string[]} */ cells) => `| ${cells.join(" | ")} |`;
  return [line(HEAD), line(HEAD.map(() => "---")), ...rows.map((row) => line(cellsOf(row)))].join("\n");
}
