// @ts-check
// What the panel takes to do one thing a user asks, measured inside it: from the click to the DOM showing the
// answer, laid out (rendered and styled, before it is painted). Each is a snippet evaluated in the panel page.

/** Clicks the view tab whose name starts with `name` and times until its grid shows rows (or its empty list). */
export const SWITCH_TO = (/** @type {string} */ name) => `(async () => {
  const tab = [...document.querySelectorAll('[role="tab"]')].find((t) => t.textContent.trim().startsWith(${JSON.stringify(name)}));
  if (!tab) throw new Error("no view tab named ${name}");
  const start = performance.now();
  tab.click();
  for (;;) {
    const shown = document.querySelector('[role="grid"] [role="row"][aria-rowindex]') ?? document.querySelector(".empty");
    if (tab.getAttribute("aria-selected") === "true" && shown) { shown.getBoundingClientRect(); break; }
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return performance.now() - start;
})()`;

/** Clicks the `n`-th rendered row and times until its card is shown (a region "Explanation: …"). */
export const CLICK_ROW = (/** @type {number} */ n) => `(async () => {
  const row = document.querySelectorAll('[role="grid"] [role="row"][aria-rowindex]')[${n}];
  if (!row) throw new Error("no row ${n}");
  const start = performance.now();
  row.click();
  for (;;) {
    const card = document.querySelector('section[aria-label^="Explanation: "]');
    if (row.getAttribute("aria-selected") === "true" && card) { card.getBoundingClientRect(); break; }
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return performance.now() - start;
})()`;

/**
 * The median and the slowest of `runs` timings.
 * @param {number} runs @param {(run: number) => Promise<number>} time
 */
export async function medianOf(runs, time) {
  const times = [];
  for (let run = 0; run < runs; run++) times.push(await time(run));
  times.sort((a, b) => a - b);
  return {
    median: times[Math.floor(times.length / 2)] ?? Number.NaN,
    max: times[times.length - 1] ?? Number.NaN,
  };
}
