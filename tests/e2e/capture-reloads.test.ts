import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDemo, waitForDemoPage } from "../../scripts/browser/open-demo.js";
import { devtoolsNetworkLog, setDevtoolsPreserveLog } from "../../scripts/browser/status-panel.js";
import type { DemoLogEntry } from "./support/expected-counts";
import { PanelPage, type RowView } from "./support/panel-page";
import { describeDiff, devtoolsKey, multisetDiff, NO_STATUS, panelKey } from "./support/request-keys";
import { isSame, waitForSameRequests } from "./support/same-requests";

// Twenty quick reloads of the app-like page: each reload waits only for the new document to be parsed, so the
// previous load's API calls, streams and hanging fetch are cut off at different stages. There are two Preserve log
// settings, the panel's and DevTools' own (which decides what DevTools, and getHAR, keep across a navigation).

const RELOADS = 20;

async function reloadQuickly(page: Page): Promise<void> {
  for (let i = 0; i < RELOADS; i++) await page.reload({ waitUntil: "domcontentloaded" });
  await waitForDemoPage(page);
}

async function openReloadedApp(devtoolsPreserveLog: boolean) {
  const session = await openDemo({ headless: true, path: "/app" });
  const panel = new PanelPage(session.panel);
  await panel.setPreserveLog(true);
  await setDevtoolsPreserveLog(session.handles.devtools, devtoolsPreserveLog);
  await reloadQuickly(session.page);
  return { session, panel };
}

const isCode = (row: RowView) => /^\d+$/.test(row.code);

describe("twenty quick reloads, with both Preserve logs on", () => {
  let opened: Awaited<ReturnType<typeof openReloadedApp>>;
  beforeAll(async () => {
    opened = await openReloadedApp(true);
  });
  afterAll(async () => {
    await opened?.session.close();
  });

  it("lists every request DevTools' own log holds, no more, no less", async () => {
    const comparison = await waitForSameRequests(opened.panel, opened.session.handles.devtools, 45_000);
    expect(isSame(comparison), describeDiff(comparison.diff)).toBe(true);
  }, 60_000);

  it("shows requests cut off by a navigation as (canceled), and only the last load's hanging fetch as (pending)", async () => {
    const rows = await opened.panel.allRows();
    const hang = new URL("/api/hang", opened.session.demo.url).href;
    expect(rows.filter((r) => r.code === "(pending)").map((r) => r.url)).toEqual([hang]);
    // DevTools keeps a cut-off request as it was (status 0, never finished): as many rows must show (canceled).
    const log = await devtoolsNetworkLog(opened.session.handles.devtools);
    const noStatus = log.filter((r) => devtoolsKey(r).endsWith(NO_STATUS)).length;
    const cutOff = rows.filter((r) => !isCode(r) && r.code !== "(pending)");
    expect(cutOff.length).toBeGreaterThan(0);
    expect(cutOff.length).toBe(noStatus - 1);
    expect(new Set(cutOff.map((r) => r.code))).toEqual(new Set(["(canceled)"]));
  });
});

// With DevTools' own Preserve log off, DevTools (and getHAR) keep only the last load, while the panel keeps what it
// saw of every load: it lists more than DevTools, so the exact comparison does not apply. What must hold: all that
// DevTools holds is listed, every load's document is kept, and no answer is listed that the server never gave,
// nor one answer twice.
describe("twenty quick reloads, with the panel's Preserve log on and DevTools' off", () => {
  let opened: Awaited<ReturnType<typeof openReloadedApp>>;
  const documents = (rows: RowView[]) =>
    rows.filter((r) => r.url === new URL("/app", opened.session.demo.url).href && r.code === "200").length;

  beforeAll(async () => {
    opened = await openReloadedApp(false);
  });
  afterAll(async () => {
    await opened?.session.close();
  });

  it("lists all DevTools holds of the last load, and the document of every load", async () => {
    const comparison = await waitForSameRequests(
      opened.panel,
      opened.session.handles.devtools,
      45_000,
      (c) => c.diff.missing.length === 0 && documents(c.rows) === RELOADS + 1,
    );
    expect(comparison.diff.missing, describeDiff(comparison.diff)).toEqual([]);
    expect(documents(comparison.rows)).toBe(RELOADS + 1);
  }, 60_000);

  it("lists no answer the server never gave, and none twice", async () => {
    const { demo } = opened.session;
    const answered = (demo.log as DemoLogEntry[])
      .filter((e) => e.origin === "main" && typeof e.status === "number")
      .map((e) => {
        const url = new URL(e.path, demo.url);
        if (e.status === 101) url.protocol = "ws:";
        return `${e.method} ${url.href} ${e.status}`;
      });
    const listed = (await opened.panel.allRows()).filter(isCode).map(panelKey);
    const diff = multisetDiff(answered, listed);
    expect(diff.extra, describeDiff(diff)).toEqual([]);
  });
});
