// @ts-check
// CPU time of the process behind a DevTools-protocol target (the panel's: the extension's renderer, which also runs
// its devtools page; DevTools' frontend), read from CDP Performance.getMetrics' ProcessTime, in seconds.

/** @typedef {import("../../../scripts/browser/target-session.js").TargetSession} TargetSession */

/** @param {TargetSession} target @returns {Promise<number>} */
export async function processCpu(target) {
  const { metrics } = await target.send("Performance.getMetrics");
  const time = metrics.find((/** @type {{ name: string }} */ m) => m.name === "ProcessTime");
  if (!time) throw new Error("CDP Performance.getMetrics has no ProcessTime any more");
  return time.value;
}

/** Starts counting; `cpu()` then reads the seconds spent since. @param {TargetSession} target */
export async function cpuMeter(target) {
  await target.send("Performance.enable", { timeDomain: "threadTicks" });
  const start = await processCpu(target);
  return { cpu: async () => (await processCpu(target)) - start };
}

/**
 * Waits until the process has been quiet (under 5% of a core) for a second: the work a load caused is done.
 * @param {TargetSession} target @param {number} [timeoutMs]
 */
export async function waitUntilQuiet(target, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  let before = await processCpu(target);
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const now = await processCpu(target);
    if (now - before < 0.05) return;
    before = now;
  }
  throw new Error(`the process stayed busy for ${timeoutMs} ms after the load`);
}
