// @ts-check
// A CDP CPU profile of one target, and its functions by self time: where a run's time goes.
import { writeFile } from "node:fs/promises";

/** @typedef {import("../../../scripts/browser/target-session.js").TargetSession} TargetSession */
/** @typedef {{ id: number, callFrame: { functionName: string, url: string, lineNumber: number }, hitCount?: number }} ProfileNode */

/** @param {TargetSession} target */
export async function startProfile(target) {
  await target.send("Profiler.enable");
  await target.send("Profiler.setSamplingInterval", { interval: 500 });
  await target.send("Profiler.start");
  return {
    /** Stops, saves the profile to `path` (open it in DevTools' Performance panel) and returns the top functions. */
    async stop(/** @type {string} */ path, top = 15) {
      const { profile } = await target.send("Profiler.stop");
      await writeFile(path, JSON.stringify(profile));
      return topFunctions(profile, top);
    },
  };
}

/**
 * Self time per function (name and file:line), largest first, as "42.1% normalizeEntry normalize-entry.ts:12".
 * @param {{ nodes: ProfileNode[], samples: number[], timeDeltas: number[] }} profile
 */
export function topFunctions(profile, top = 15) {
  const nodeOf = new Map(profile.nodes.map((node) => [node.id, node]));
  /** @type {Map<string, number>} */
  const selfMs = new Map();
  profile.samples.forEach((id, i) => {
    const frame = nodeOf.get(id)?.callFrame;
    if (!frame) return;
    const file = frame.url.split("/").pop() ?? "";
    const key = `${frame.functionName || "(anonymous)"} ${file}${file ? `:${frame.lineNumber + 1}` : ""}`;
    selfMs.set(key, (selfMs.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const total = [...selfMs.values()].reduce((sum, ms) => sum + ms, 0);
  return [...selfMs]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, ms]) => `${((100 * ms) / total).toFixed(1)}% ${Math.round(ms)} ms ${name}`);
}
