// @ts-check
// Live load in real Chromium: a loopback page fetching at 1,000 requests a second for 10 s (fewer if this machine
// cannot make them that fast: the costs are per 1,000 requests), three times: with the Status panel shown, with it
// never shown, and with no extension and DevTools' own Network panel shown (the anchor).
import { rm } from "node:fs/promises";
import { countRow, limitRow, ratioRow } from "../lib/rows.js";
import { buildExtension } from "./support/build-extension.js";
import { liveRun } from "./support/live-run.js";
import { longestNote } from "./support/long-tasks.js";

const perThousand = (/** @type {number} */ seconds, /** @type {number} */ requests) =>
  Math.round((seconds / requests) * 1000 * 1000) / 1000;

/** @param {import("../lib/context.js").BenchContext} ctx */
export async function run(ctx) {
  const total = ctx.quick ? 300 : 10_000;
  const extensionDir = await buildExtension();
  ctx.log(`${total} requests, Status panel shown`);
  const shown = await liveRun({
    extensionDir,
    shown: "status",
    total,
    profilePath: process.env.BENCH_PROFILE,
  });
  for (const line of shown.profile ?? []) ctx.log(`  ${line}`);
  ctx.log(`${total} requests, Status panel never shown`);
  const hidden = await liveRun({ extensionDir, shown: "hidden", total });
  await rm(extensionDir, { recursive: true, force: true });
  ctx.log(`${total} requests, no extension, DevTools' Network panel shown`);
  const anchor = await liveRun({ extensionDir: null, shown: "network", total });
  const rate = `${Math.round(shown.answered / shown.loadSeconds)} requests/s reached`;
  const ours = perThousand(shown.cpuSeconds, shown.answered);
  return [
    countRow({
      what: "live load: requests the panel lists vs the server answered",
      ours: shown.listed ?? 0,
      expected: shown.answered,
      note: rate,
    }),
    ratioRow({
      what: "live load: extension CPU per 1,000 requests, panel shown, vs DevTools' own frontend (Network panel, no extension)",
      ours,
      baseline: perThousand(anchor.cpuSeconds, anchor.answered),
      unit: "s",
      max: 1,
      note: `DevTools' frontend meanwhile spent ${perThousand(shown.devtoolsCpuSeconds, shown.answered)} s per 1,000 with our panel shown`,
    }),
    ratioRow({
      what: "live load: extension CPU per 1,000 requests, panel shown vs never shown",
      ours,
      baseline: perThousand(hidden.cpuSeconds, hidden.answered),
      unit: "s",
      max: 2,
    }),
    limitRow({
      what: "live load: longest panel main-thread task",
      ours: shown.longestTaskMs ?? 0,
      unit: "ms",
      max: 100,
      note: longestNote(shown.longestTaskMs ?? 0),
    }),
  ];
}
