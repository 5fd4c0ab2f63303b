import { readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDemo, waitForDemoPage } from "../../scripts/browser/open-demo.js";
import { waitFor } from "../../scripts/browser/target-session.js";
import { PanelPage } from "./support/panel-page";
import { describeDiff, harKey, multisetDiff, panelKey } from "./support/request-keys";
import { isSame, waitForSameRequests } from "./support/same-requests";

// An imported HAR opens as its own view beside Live: live traffic keeps being captured, never mixed into the file,
// and a navigation never touches the file.

const HAR_FILE = resolve("tests/fixtures/har/chromium-demo.har");
const FILE_NAME = basename(HAR_FILE);
const FILE_KEYS = JSON.parse(readFileSync(HAR_FILE, "utf8")).log.entries.map(harKey);
/** Live traffic that lasts a while: a burst of fetches, two at a time. */
const BUSY_APP = "/app?burst=800&inflight=2";

describe("a HAR file imported while live traffic flows", () => {
  let session: Awaited<ReturnType<typeof openDemo>>;
  let panel: PanelPage;
  /** Tab name → whether it is the view shown. */
  const tabs = async () => Object.fromEntries((await panel.tabs()).map((tab) => [tab.name, tab.selected]));
  const fileDiff = async () => multisetDiff(FILE_KEYS, (await panel.allRows()).map(panelKey));

  beforeAll(async () => {
    session = await openDemo({ headless: true, path: "/app" });
    panel = new PanelPage(session.panel);
  });

  afterAll(async () => {
    await session?.close();
  });

  it("opens the file in its own view beside Live, with exactly the file's rows", async () => {
    await session.page.goto(new URL(BUSY_APP, session.demo.url).href, { waitUntil: "commit" });
    await waitFor("the burst to start", async () =>
      session.demo.log.some((e) => e.path.startsWith("/api/item")),
    );
    await panel.importFile(HAR_FILE);
    await expect.poll(tabs, { timeout: 20_000 }).toEqual({ Live: false, [FILE_NAME]: true });
    await expect
      .poll(async () => describeDiff(await fileDiff()), { timeout: 20_000 })
      .toBe(describeDiff(EMPTY));
  });

  it("leaves the file's rows unchanged while the live page keeps fetching and reloads", async () => {
    await waitForDemoPage(session.page, 60_000);
    await session.page.reload();
    await waitForDemoPage(session.page, 60_000);
    expect(await tabs()).toEqual({ Live: false, [FILE_NAME]: true });
    expect(describeDiff(await fileDiff())).toBe(describeDiff(EMPTY));
  }, 150_000);

  it("lists every live request in the Live view", async () => {
    await panel.selectTab("Live");
    await expect.poll(tabs).toEqual({ Live: true, [FILE_NAME]: false });
    const comparison = await waitForSameRequests(panel, session.handles.devtools, 30_000);
    expect(isSame(comparison), describeDiff(comparison.diff)).toBe(true);
  }, 45_000);

  it("shows the file again unchanged, and closes it with one click, Live intact", async () => {
    await panel.selectTab(FILE_NAME);
    await expect
      .poll(async () => describeDiff(await fileDiff()), { timeout: 10_000 })
      .toBe(describeDiff(EMPTY));
    await panel.clickButton(`Close ${FILE_NAME}`);
    await expect.poll(tabs).toEqual({ Live: true });
    const comparison = await waitForSameRequests(panel, session.handles.devtools, 20_000);
    expect(isSame(comparison), describeDiff(comparison.diff)).toBe(true);
  }, 30_000);
});

const EMPTY = { missing: [], extra: [] };
