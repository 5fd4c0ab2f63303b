// @ts-check
// The one shape every bench group returns (see bench/README.md), and the builders that fill in ratio, budget
// and pass the same way for every row.

/**
 * @typedef {"ms" | "s" | "B" | "KB" | "×" | "count"} Unit
 * @typedef {{ what: string, ours: number, baseline: number | null, unit: Unit, ratio: number | null,
 *   budget: string, pass: boolean, note?: string }} Row
 */

const withNote = (/** @type {Row} */ row, /** @type {string | undefined} */ note) =>
  note ? { ...row, note } : row;

/**
 * Ours against a baseline measured the same way; passes when ours / baseline ≤ max.
 * @param {{ what: string, ours: number, baseline: number, unit: Unit, max: number, note?: string }} figures
 * @returns {Row}
 */
export function ratioRow({ what, ours, baseline, unit, max, note }) {
  const ratio = ours / baseline;
  const row = {
    what,
    ours,
    baseline,
    unit,
    ratio,
    budget: `≤${max}×`,
    pass: Number.isFinite(ratio) && ratio <= max,
  };
  return withNote(row, note);
}

/**
 * A figure with an absolute cap (a longest task, a size); passes when ours ≤ max.
 * @param {{ what: string, ours: number, unit: Unit, max: number, baseline?: number, note?: string }} figures
 * @returns {Row}
 */
export function limitRow({ what, ours, unit, max, baseline, note }) {
  const row = {
    what,
    ours,
    baseline: baseline ?? null,
    unit,
    ratio: baseline ? ours / baseline : null,
    budget: `≤${max} ${unit}`,
    pass: ours <= max,
  };
  return withNote(row, note);
}

/**
 * A figure that must equal what was expected (every request listed).
 * @param {{ what: string, ours: number, expected: number, note?: string }} figures
 * @returns {Row}
 */
export function countRow({ what, ours, expected, note }) {
  const row = {
    what,
    ours,
    baseline: expected,
    unit: /** @type {Unit} */ ("count"),
    ratio: ours / expected,
    budget: "= baseline",
    pass: ours === expected,
  };
  return withNote(row, note);
}

/** Whether a value is a well-formed row, as the runner accepts it from a group. @param {unknown} value */
export function isRow(value) {
  if (typeof value !== "object" || value === null) return false;
  const row = /** @type {Record<string, unknown>} */ (value);
  const numberOrNull = (/** @type {unknown} */ v) => v === null || typeof v === "number";
  return (
    typeof row.what === "string" &&
    typeof row.ours === "number" &&
    numberOrNull(row.baseline) &&
    numberOrNull(row.ratio) &&
    typeof row.unit === "string" &&
    typeof row.budget === "string" &&
    typeof row.pass === "boolean"
  );
}
