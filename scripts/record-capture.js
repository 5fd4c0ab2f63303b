// @ts-check
// Records what DevTools tells an extension while a demo page runs: getHAR snapshots (every 300 ms), then
// onRequestFinished and onNavigated events, in the order the devtools page saw them. The capture's unit tests
// replay these recordings. Usage: node scripts/record-capture.js <name> <path> [--reloads N] [--seconds S]
// [--reload-after MS] [--devtools-preserve-log]; writes tests/fixtures/capture/<name>.json. Needs `npm run build` first.
import { mkdirSync, writeFileSync } from "node:fs";
import { startDemoServer } from "../demo/server.js";
import { launchWithExtensions } from "./browser/launch-chromium.js";
import { EXTENSION_DIR } from "./browser/open-demo.js";
import {
  attachDevtoolsPage,
  openDevtools,
  setDevtoolsPreserveLog,
  waitForStatusPanel,
} from "./browser/status-panel.js";

const [name, path = "/app"] = process.argv.slice(2);
const option = (/** @type {string} */ flag, fallback = 0) => {
  const at = process.argv.indexOf(flag);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
if (!name) throw new Error("usage: node scripts/record-capture.js <name> <path> [--reloads N] [--seconds S]");

// Only what the capture reads: the rest (timings, stacks, cookies) would make the fixtures large for nothing.
const TRIM = `(entry) => ({
  startedDateTime: entry.startedDateTime, time: entry.time, _resourceType: entry._resourceType, pageref: entry.pageref,
  request: { method: entry.request.method, url: entry.request.url, httpVersion: entry.request.httpVersion, headers: entry.request.headers },
  response: { status: entry.response.status, statusText: entry.response.statusText, httpVersion: entry.response.httpVersion,
    headers: entry.response.headers, redirectURL: entry.response.redirectURL, _error: entry.response._error,
    _transferSize: entry.response._transferSize, content: { size: entry.response.content.size, mimeType: entry.response.content.mimeType } },
})`;

const demo = await startDemoServer({ port: 0, corsPort: 0 });
const { context } = await launchWithExtensions({ extensions: [EXTENSION_DIR], headless: true });
try {
  const handles = await openDevtools(context);
  await waitForStatusPanel(handles.devtools);
  if (process.argv.includes("--devtools-preserve-log")) await setDevtoolsPreserveLog(handles.devtools, true);
  const devtoolsPage = await attachDevtoolsPage(handles.browserSession);
  await devtoolsPage.evaluate(`(() => {
    const trim = ${TRIM};
    window.recording = [];
    chrome.devtools.network.onRequestFinished.addListener((r) => recording.push({ type: "finished", entry: trim(r) }));
    chrome.devtools.network.onNavigated.addListener((url) => recording.push({ type: "navigated", url, at: Date.now() }));
    window.snapshot = () => new Promise((done) => {
      const askedAt = Date.now();
      chrome.devtools.network.getHAR((har) => {
        recording.push({ type: "har", askedAt, answeredAt: Date.now(), entries: har.entries.map(trim) });
        done(true);
      });
    });
    return true;
  })()`);
  const page = context.pages()[0] ?? (await context.newPage());
  let snapshotting = true;
  const snapshots = (async () => {
    while (snapshotting) {
      await devtoolsPage.evaluate("snapshot()");
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  })();
  await page.goto(new URL(path, demo.url).href, { waitUntil: "commit" });
  // Reload before the page has finished: what it had in flight is cut off, as a user's quick reloads do.
  for (let i = 0; i < option("--reloads"); i++) {
    await page.waitForFunction(() => document.readyState !== "loading");
    await new Promise((resolve) => setTimeout(resolve, option("--reload-after")));
    await page.evaluate(() => location.reload());
    await page.waitForURL(/./, { waitUntil: "commit" });
  }
  await new Promise((resolve) => setTimeout(resolve, option("--seconds", 3) * 1000));
  snapshotting = false;
  await snapshots;
  await devtoolsPage.evaluate("snapshot()");
  const recording = await devtoolsPage.evaluate("recording");
  const version = (await context.browser()?.version()) ?? "unknown";
  mkdirSync("tests/fixtures/capture", { recursive: true });
  const file = `tests/fixtures/capture/${name}.json`;
  const origin = demo.url.replace(/\/$/, "");
  // Snapshots repeat most entries: each distinct entry is stored once and snapshots list their positions.
  const pool = new Map();
  const at = (/** @type {unknown} */ entry) => {
    const key = JSON.stringify(entry);
    if (!pool.has(key)) pool.set(key, pool.size);
    return pool.get(key);
  };
  const events = recording.map((/** @type {any} */ event) =>
    event.type === "har"
      ? { ...event, entries: event.entries.map(at) }
      : event.type === "finished"
        ? { type: "finished", entry: at(event.entry) }
        : event,
  );
  const entries = [...pool.keys()].map((key) => JSON.parse(key));
  const text = JSON.stringify({
    recordedWith: `Chromium ${version}`,
    path,
    origin,
    serverLog: demo.log,
    entries,
    events,
  });
  writeFileSync(file, text);
  console.log(`${file}: ${recording.length} events, ${demo.log.length} answers in the server log`);
} finally {
  await context.close();
  await demo.close();
}
