// @ts-check
// Measures what the live capture costs as DevTools' log grows: for each size, a page makes that many fetches
// (at most 200 in flight), then we time getHAR from the devtools page, how long the panel takes to list a new
// unread 500, and the long tasks (over 50 ms) seen meanwhile on DevTools' own main thread, the devtools page and
// the panel. Usage: npm run build && node scripts/measure-capture.js [1000 5000 20000]. Prints a Markdown table.
import { startDemoServer } from "../demo/server.js";
import { launchWithExtensions } from "./browser/launch-chromium.js";
import { EXTENSION_DIR } from "./browser/open-demo.js";
import { FILTER, PANEL_COUNTS } from "./browser/panel-dom.js";
import {
  attachDevtoolsPage,
  openDevtools,
  showStatusPanel,
  waitForStatusPanel,
} from "./browser/status-panel.js";
import { waitFor } from "./browser/target-session.js";

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const LONG_TASKS = `(() => {
  window.measuredLongTasks = [];
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) measuredLongTasks.push(Math.round(task.duration));
  }).observe({ type: "longtask" });
  return true;
})()`;
const TIME_GET_HAR = `new Promise((done) => {
  const start = performance.now();
  chrome.devtools.network.getHAR((har) => done([Math.round(performance.now() - start), har.entries.length]));
})`;
const median = (/** @type {number[]} */ values) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
/** @param {number[]} tasks */
const describeTasks = (tasks) =>
  tasks.length ? `${tasks.length}, longest ${Math.max(...tasks)} ms` : "none";
/** Long tasks in DevTools' frontend, the devtools page and the panel. @param {number[][]} perTarget */
const describeAll = (perTarget) => perTarget.map(describeTasks).join(" / ");

/** @param {number} size */
async function measure(size) {
  const demo = await startDemoServer({ port: 0, corsPort: 0 });
  const { context } = await launchWithExtensions({ extensions: [EXTENSION_DIR], headless: true });
  try {
    const handles = await openDevtools(context);
    const panelId = await waitForStatusPanel(handles.devtools);
    const page = context.pages()[0] ?? (await context.newPage());
    const panel = await showStatusPanel(handles, panelId);
    const devtoolsPage = await attachDevtoolsPage(handles.browserSession);
    const targets = [handles.devtools, devtoolsPage, panel];
    const watchLongTasks = () => Promise.all(targets.map((target) => target.evaluate(LONG_TASKS)));
    /** @returns {Promise<number[][]>} */
    const longTasks = () => Promise.all(targets.map((target) => target.evaluate("measuredLongTasks")));
    await watchLongTasks();
    const started = Date.now();
    await page.goto(new URL(`/app?burst=${size}&inflight=200`, demo.url).href);
    await page.waitForFunction(() => document.body.dataset.app === "ready", null, { timeout: 300_000 });
    const burstMs = Date.now() - started;
    const expected = demo.log.filter((entry) => entry.origin === "main").length;
    await waitFor(
      `${expected} rows`,
      async () => (await panel.evaluate(PANEL_COUNTS))[1] >= expected,
      300_000,
    );
    const caughtUpMs = Date.now() - started;
    const loadTasks = await longTasks();
    // Show only the probes, so their rows can be counted: wait until the filter holds before timing anything.
    await panel.evaluate(FILTER("probe="));
    await waitFor("the probe filter", async () => (await panel.evaluate(PANEL_COUNTS))[0] === 0, 60_000);

    await watchLongTasks();
    const latencies = [];
    for (let probe = 0; probe < 3; probe++) {
      const sent = Date.now();
      await page.evaluate((n) => void fetch(`/api/report?probe=${n}`), probe);
      await waitFor("the probe's row", async () => (await panel.evaluate(PANEL_COUNTS))[0] > probe, 120_000);
      latencies.push(Date.now() - sent);
    }
    const probeTasks = await longTasks();
    const getHar = [];
    let listed = 0;
    for (let call = 0; call < 3; call++) {
      const [ms, count] = await devtoolsPage.evaluate(TIME_GET_HAR);
      getHar.push(ms);
      listed = count;
    }
    return { size, listed, burstMs, caughtUpMs, getHarMs: median(getHar), latencies, loadTasks, probeTasks };
  } finally {
    await context.close();
    await demo.close();
  }
}

console.log(
  "| requests in DevTools' log | getHAR (median of 3) | all listed after load | a new unread 500 listed after (3 probes) | long tasks while loading: DevTools / devtools page / panel | long tasks while probing |",
);
console.log("| --- | --- | --- | --- | --- | --- |");
for (const size of sizes.length ? sizes : [1000, 5000, 20000]) {
  const r = await measure(size);
  const seconds = (/** @type {number} */ ms) => `${(ms / 1000).toFixed(1)} s`;
  console.log(
    `| ${r.listed} | ${r.getHarMs} ms | ${seconds(r.caughtUpMs)} (page done at ${seconds(r.burstMs)}) | ${r.latencies.map(seconds).join(", ")} | ${describeAll(r.loadTasks)} | ${describeAll(r.probeTasks)} |`,
  );
}
