// @ts-check
// Long tasks (over 50 ms) on a page's main thread, by its own PerformanceObserver: what a user feels as a freeze.

/** @typedef {import("../../../scripts/browser/target-session.js").TargetSession} TargetSession */

/** Starts recording (buffered: tasks since the page loaded count too). @param {TargetSession} target */
export async function watchLongTasks(target) {
  await target.evaluate(`(() => {
    window.benchLongTasks = [];
    new PerformanceObserver((list) => {
      for (const task of list.getEntries()) benchLongTasks.push(task.duration);
    }).observe({ type: "longtask", buffered: true });
    return true;
  })()`);
  return {
    /** The longest task seen since, in ms; 0 when none passed 50 ms (the API reports no shorter one). @returns {Promise<number>} */
    longest: async () => Math.round(await target.evaluate("Math.max(0, ...benchLongTasks)")),
    /** Forgets the tasks seen so far. */
    reset: () => target.evaluate("(benchLongTasks.length = 0, true)"),
  };
}

/** What a row says of a longest task of 0: the Long Tasks API reports only tasks over 50 ms. @param {number} ms */
export const longestNote = (ms) => (ms === 0 ? "no task over 50 ms" : undefined);
