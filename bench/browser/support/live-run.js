// @ts-check
// One live-load run in real Chromium: the load page makes `total` fetches (aiming at 1,000 a second) while
// DevTools shows the Status panel, or never shows it, or shows its own Network panel with no extension loaded.
// Returns what the run cost: CPU of the measured process, the panel's longest task, what it listed.
import { rm } from "node:fs/promises";
import { launchWithExtensions } from "../../../scripts/browser/launch-chromium.js";
import { PANEL_COUNTS } from "../../../scripts/browser/panel-dom.js";
import {
  attachDevtoolsPage,
  openDevtools,
  showDevtoolsPanel,
  showStatusPanel,
  waitForStatusPanel,
} from "../../../scripts/browser/status-panel.js";
import { waitFor } from "../../../scripts/browser/target-session.js";
import { startProfile } from "./cpu-profile.js";
import { startLoadServer } from "./load-server.js";
import { watchLongTasks } from "./long-tasks.js";
import { cpuMeter, waitUntilQuiet } from "./process-cpu.js";

/**
 * @typedef {{ answered: number, listed: number | null, cpuSeconds: number, longestTaskMs: number | null,
 *   devtoolsCpuSeconds: number, loadSeconds: number, profile?: string[] }} LiveRun
 */

/**
 * @param {{ extensionDir: string | null, shown: "status" | "hidden" | "network", total: number, profilePath?: string }} options
 * `extensionDir` null runs without the extension (the anchor: DevTools' own Network panel).
 * @returns {Promise<LiveRun>}
 */
export async function liveRun({ extensionDir, shown, total, profilePath }) {
  const server = await startLoadServer();
  const { context, userDataDir } = await launchWithExtensions({
    extensions: extensionDir ? [extensionDir] : [],
    headless: true,
  });
  try {
    const handles = await openDevtools(context);
    const page = context.pages()[0] ?? (await context.newPage());
    // The measured process: the extension's renderer (devtools page and panel), or DevTools' own frontend.
    let measured = handles.devtools;
    let panel = null;
    if (extensionDir) {
      const panelId = await waitForStatusPanel(handles.devtools);
      if (shown === "status") panel = await showStatusPanel(handles, panelId);
      measured = await attachDevtoolsPage(handles.browserSession);
    }
    // DevTools' InspectorView exists only once its frontend has loaded.
    if (shown === "network")
      await waitFor(
        "DevTools' Network panel",
        () => showDevtoolsPanel(handles.devtools, "network").then(() => true),
        30_000,
      );
    const tasks = panel ? await watchLongTasks(panel) : null;
    const profile = panel && profilePath ? await startProfile(panel) : null;
    const cpu = await cpuMeter(measured);
    const devtoolsCpu = await cpuMeter(handles.devtools);
    await tasks?.reset();
    const started = Date.now();
    await page.goto(`${server.url}/load?total=${total}&per=10`);
    await page.waitForFunction(() => document.body.dataset.load?.startsWith("done"), null, {
      timeout: 300_000,
    });
    const loadSeconds = (Date.now() - started) / 1000;
    let listed = null;
    if (panel) {
      const session = panel;
      const listedNow = async () => (await session.evaluate(PANEL_COUNTS))[1] ?? 0;
      // The favicon may be answered after the page is done: compare with the server's count at each look.
      listed = await waitFor(
        `the panel to list the ${server.answered()} requests the server answered`,
        async () => {
          const all = await listedNow();
          return all >= server.answered() && all;
        },
        120_000,
      ).catch(listedNow);
    } else await waitUntilQuiet(measured);
    return {
      answered: server.answered(),
      listed,
      cpuSeconds: await cpu.cpu(),
      devtoolsCpuSeconds: await devtoolsCpu.cpu(),
      longestTaskMs: tasks ? await tasks.longest() : null,
      loadSeconds,
      ...(profile && profilePath ? { profile: await profile.stop(profilePath) } : {}),
    };
  } finally {
    await context.close();
    await server.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}
