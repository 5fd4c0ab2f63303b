import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDemo } from "../../scripts/browser/open-demo.js";
import { devtoolsNetworkLog, importHarIntoDevtools } from "../../scripts/browser/status-panel.js";
import { waitFor } from "../../scripts/browser/target-session.js";
import { PanelPage } from "./support/panel-page";
import { describeDiff, devtoolsKey, harKey, multisetDiff, panelKey } from "./support/request-keys";
import { isSame, waitForSameRequests } from "./support/same-requests";

// Export from the live demo page → the file the browser saved → back into the panel (the button and a drop) and
// into DevTools' own Network panel, each time with the same (method, URL, status) rows.

const NONE = describeDiff({ missing: [], extra: [] });

type Entry = Parameters<typeof harKey>[0];
/**
 * An entry as DevTools' own HAR import lists it: with the status the file says, even beside an `_error` (its
 * importer, models/har/Importer.ts, never marks a request failed: a CORS-blocked 200 comes back as a 200).
 */
const statusKey = (entry: Entry) => harKey({ ...entry, response: { ...entry.response, _error: null } });

describe("HAR export and import in real Chromium", () => {
  let session: Awaited<ReturnType<typeof openDemo>>;
  let panel: PanelPage;
  let downloads: string;
  let file: { path: string; name: string; text: string; keys: string[]; statusKeys: string[] };
  const tabs = async () => Object.fromEntries((await panel.tabs()).map((tab) => [tab.name, tab.selected]));

  beforeAll(async () => {
    downloads = await mkdtemp(join(tmpdir(), "status-lens-downloads-"));
    session = await openDemo({ headless: true, path: "/" });
    panel = new PanelPage(session.panel);
    // Where a download from any page of this browser lands, the DevTools panel's included.
    await session.handles.browserSession.send("Browser.setDownloadBehavior", {
      behavior: "allow",
      downloadPath: downloads,
    });
  });

  afterAll(async () => {
    await session?.close();
    await rm(downloads, { recursive: true, force: true });
  });

  it("downloads every live request as HAR 1.2 from the panel, with DevTools' own entries", async () => {
    const live = await waitForSameRequests(panel, session.handles.devtools, 10_000);
    expect(isSame(live), describeDiff(live.diff)).toBe(true);
    await panel.exportHar("all");
    const name = await waitFor("the HAR file to download", async () =>
      (await readdir(downloads)).find((entry) => entry.endsWith(".har")),
    );
    const path = join(downloads, name);
    const text = await waitFor("the download to finish", async () => {
      const content = await readFile(path, "utf8").catch(() => "");
      return content.trimEnd().endsWith("}") && content;
    });
    const { log } = JSON.parse(text);
    expect(name).toMatch(/^status-lens-live-.*\.har$/);
    expect(log.version).toBe("1.2");
    expect(log.comment).toContain("Every entry is DevTools' own");
    file = { path, name, text, keys: log.entries.map(harKey), statusKeys: log.entries.map(statusKey) };
    expect(describeDiff(multisetDiff(file.keys, live.rows.map(panelKey)))).toBe(NONE);
    expect(await panel.exportStatus()).toMatch(/^Saved \d+ requests; secrets redacted\.$/);
  });

  it("imports the downloaded file back into the panel with the same rows", async () => {
    await panel.importFile(file.path);
    await expect.poll(tabs, { timeout: 5_000 }).toEqual({ Live: false, [file.name]: true });
    expect(describeDiff(multisetDiff(file.keys, (await panel.allRows()).map(panelKey)))).toBe(NONE);
    await panel.clickButton(`Close ${file.name}`);
    await expect.poll(tabs).toEqual({ Live: true });
  });

  it("opens the file dropped on the panel, with a drop target while it is dragged", async () => {
    await panel.dragFile(file.path, "hover");
    await expect.poll(() => panel.dropTargetShown(), { timeout: 3_000 }).toBe(true);
    await panel.dragFile(file.path, "drop");
    await expect.poll(tabs, { timeout: 5_000 }).toEqual({ Live: false, [file.name]: true });
    expect(await panel.dropTargetShown()).toBe(false);
    expect(describeDiff(multisetDiff(file.keys, (await panel.allRows()).map(panelKey)))).toBe(NONE);
  });

  it("looks up a code and a browser error with no request selected", async () => {
    await panel.lookUp("payload too large");
    await expect.poll(() => panel.cardTitle()).toBe("413 Content Too Large");
    await panel.lookUp("net::ERR_CONNECTION_REFUSED");
    await expect.poll(() => panel.cardTitle()).toBe("net::ERR_CONNECTION_REFUSED");
  });

  it("imports into DevTools' own Network panel with the same rows", async () => {
    await importHarIntoDevtools(session.handles.devtools, file.text, file.name);
    const keys = async () => (await devtoolsNetworkLog(session.handles.devtools)).map(devtoolsKey);
    await expect
      .poll(async () => describeDiff(multisetDiff(file.statusKeys, await keys())), { timeout: 5_000 })
      .toBe(NONE);
  });
});
