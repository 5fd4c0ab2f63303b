// @ts-check
// The whole demo path, shared by `npm start` and the e2e tests: demo server → Chromium with the extension →
// DevTools with the Status panel registered → demo page traffic → Status panel shown.
import { rm } from "node:fs/promises";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { startDemoServer } from "../../demo/server.js";
import { launchWithExtensions } from "./launch-chromium.js";
import { openDevtools, showStatusPanel, waitForStatusPanel } from "./status-panel.js";

const root = (/** @type {string} */ path) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
// STATUS_LENS_EXTENSION_DIR tests another build (e.g. one made in a scratch checkout of an older commit).
export const EXTENSION_DIR = process.env.STATUS_LENS_EXTENSION_DIR
  ? resolve(process.env.STATUS_LENS_EXTENSION_DIR)
  : root("dist");
export const BLOCKER_DIR = root("demo/blocker-extension");

/**
 * Waits until a demo page has made its requests: the demo page (`/`) and the app (`/app`) each mark <body>.
 * @param {import("playwright-core").Page} page
 */
export async function waitForDemoPage(page, timeoutMs = 30_000) {
  await page.waitForFunction(
    () => document.body?.dataset.demo === "done" || document.body?.dataset.app === "ready",
    null,
    {
      timeout: timeoutMs,
    },
  );
}

/**
 * @param {{ headless: boolean, port?: number, corsPort?: number, path?: string, pageTimeoutMs?: number, extensionDir?: string }} options
 * `path` is the demo page to load (`/`, `/app`, `/app?parallel=10`…); `extensionDir` another build (a test-only one).
 */
export async function openDemo({
  headless,
  port = 0,
  corsPort = 0,
  path = "/",
  pageTimeoutMs = 30_000,
  extensionDir = EXTENSION_DIR,
}) {
  const demo = await startDemoServer({ port, corsPort });
  const { context, userDataDir } = await launchWithExtensions({
    extensions: [extensionDir, BLOCKER_DIR],
    headless,
  });
  const shutDown = async () => {
    await context.close();
    await demo.close();
    await rm(userDataDir, { recursive: true, force: true });
  };
  try {
    const handles = await openDevtools(context);
    // DevTools records traffic only once attached: load the demo after our panel exists.
    const panelId = await waitForStatusPanel(handles.devtools);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(new URL(path, demo.url).href);
    await waitForDemoPage(page, pageTimeoutMs);
    const panel = await showStatusPanel(handles, panelId);
    return {
      demo,
      context,
      page,
      panel,
      handles,
      close: () => shutDown(),
    };
  } catch (error) {
    await shutDown();
    throw error;
  }
}
