// @ts-check
// Seeded randomness for the generated HAR: the same seed gives the same file.

/** A small fast seeded generator (mulberry32): the same seed gives the same file. */
export function mulberry32(/** @type {number} */ seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** @typedef {() => number} Random */
/** @template T @param {Random} random @param {readonly (readonly [T, number])[]} table weights, any scale */
export function pick(random, table) {
  const total = table.reduce((sum, [, weight]) => sum + weight, 0);
  let left = random() * total;
  for (const [value, weight] of table) {
    left -= weight;
    if (left < 0) return value;
  }
  return /** @type {T} */ (table[table.length - 1]?.[0]);
}
export const hex = (/** @type {Random} */ random, /** @type {number} */ length) =>
  Array.from({ length }, () => Math.floor(random() * 16).toString(16)).join("");
export const int = (/** @type {Random} */ random, /** @type {number} */ max) =>
  1 + Math.floor(random() * max);
