// @ts-check
// Side-by-side timing: ours and the baseline alternate in one process (which goes first alternates too), so a
// slow moment of the machine hits both; each figure is the median of the runs.

/** @param {readonly number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Milliseconds one call takes (awaited when it returns a promise). @param {() => unknown} work */
export async function timed(work) {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/**
 * Median ms of `ours` and of `baseline` over `repeat` rounds, alternated; a side returning a promise is awaited.
 * @param {{ ours: () => unknown, baseline: () => unknown, repeat: number, gc?: boolean }} sides
 */
export async function sideBySide({ ours, baseline, repeat, gc = true }) {
  /** @type {number[]} */ const mine = [];
  /** @type {number[]} */ const theirs = [];
  const one = async (/** @type {() => unknown} */ side) => {
    // A collection owed by the other side should not land in this one's time.
    if (gc) globalThis.gc?.();
    return timed(side);
  };
  for (let round = 0; round < repeat; round++) {
    if (round % 2 === 0) {
      mine.push(await one(ours));
      theirs.push(await one(baseline));
    } else {
      theirs.push(await one(baseline));
      mine.push(await one(ours));
    }
  }
  return { ours: median(mine), baseline: median(theirs), runs: { ours: mine, baseline: theirs } };
}
