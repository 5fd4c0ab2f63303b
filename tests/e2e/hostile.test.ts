import { existsSync } from "node:fs";
import { join } from "node:path";
import type { CDPSession } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HOSTILE_ROUTES, MARKER } from "../../demo/hostile-routes.js";
import { EXTENSION_DIR, openDemo } from "../../scripts/browser/open-demo.js";
import { attachDevtoolsPage, devtoolsStatusCells } from "../../scripts/browser/status-panel.js";
import type { TargetSession } from "../../scripts/browser/target-session.js";
import { waitFor } from "../../scripts/browser/target-session.js";
import { ALL_ENTRIES, explainFailure, explainStatus } from "../../src/reference";
import { PanelPage, type RowView } from "./support/panel-page";
import { PAYLOAD_ELEMENTS } from "./support/payload-elements";

/**
 * What Chromium 156 made of each odd status line from demo/hostile-routes.js (DevTools' own Status cell, read with
 * devtoolsStatusCells): it passes every one through as the status, the page's fetch resolves with it, and
 * DevTools writes the code and reason, except for 0, where its cell shows the reason alone ("Zero"). The panel
 * shows each as the server wrote it, in the Non-standard class.
 */
const ODD_STATUS_SEEN: Record<string, { devtools: string; panel: string }> = {
  "status-0": { devtools: "Zero", panel: "0 Zero" },
  "status-1": { devtools: "1 One", panel: "1 One" },
  "status-99": { devtools: "99 Ninety-nine", panel: "99 Ninety-nine" },
  "status-600": { devtools: "600 Six hundred", panel: "600 Six hundred" },
  "status-999": { devtools: "999 Nine nine nine", panel: "999 Nine nine nine" },
  "status-1000": { devtools: "1000 One thousand", panel: "1000 One thousand" },
};

/** Rows whose details tabs are all opened: the ones carrying the most page data. */
const OPEN_EVERY_TAB = ["problem", "body-html", "header-payloads", "headers-5000", "header-big", "link"];
/** Those of them whose Response tab must show a body carrying payloads. */
const BODIES = ["problem", "body-html"];

/** Every link any card of the reference may show: the only ones allowed in the panel. */
const REFERENCE_LINKS = new Set(
  [
    ...ALL_ENTRIES,
    ...[Number.NaN, 199, 299, 399, 499, 599].map((code) => explainStatus(code)),
    explainFailure("net::ERR_NOT_A_REAL_ERROR"),
  ].flatMap((entry) => entry.links.map((link) => link.url)),
);

/** Replaces the dialogs with a marker (so a payload cannot block the test) and reports the page's state. */
const GUARD = `(() => {
  for (const name of ["alert", "confirm", "prompt", "print"]) window[name] = () => { window.__statusLensDialog = name; };
  return true;
})()`;
const STATE = `({ marker: window[${JSON.stringify(MARKER)}] ?? null, dialog: window.__statusLensDialog ?? null })`;

/** Requests a target makes, and dialogs it opens, seen through its own CDP Network and Page domains. */
async function watch(session: TargetSession, browserSession: CDPSession) {
  const requests: string[] = [];
  const dialogs: string[] = [];
  browserSession.on("Target.receivedMessageFromTarget", (event) => {
    if (event.sessionId !== session.sessionId) return;
    const message = JSON.parse(event.message);
    if (message.method === "Network.requestWillBeSent") requests.push(message.params.request.url);
    if (message.method === "Page.javascriptDialogOpening") dialogs.push(message.params.message);
  });
  await session.send("Network.enable");
  await session.send("Page.enable");
  await session.evaluate(GUARD);
  return { requests, dialogs };
}

/** A request of the extension's own files is fine; anything else (a payload's img src=x included) is not. */
function foreignRequests(urls: string[]): string[] {
  return urls.filter((url) => {
    const own = /^chrome-extension:\/\/[a-p]{32}(\/[^?#]*)/.exec(url);
    return !own?.[1] || !existsSync(join(EXTENSION_DIR, decodeURIComponent(own[1])));
  });
}

const LINKS = `[...document.querySelectorAll("a[href]")].map((a) => a.getAttribute("href"))`;

describe("the hostile page, in the real panel", () => {
  let session: Awaited<ReturnType<typeof openDemo>>;
  let panel: PanelPage;
  let rows: RowView[];
  const hostile = (name: string) => `${session.demo.hostileUrl}${name}`;

  beforeAll(async () => {
    session = await openDemo({ headless: true, path: "/hostile" });
    panel = new PanelPage(session.panel);
    const names = Object.keys(HOSTILE_ROUTES);
    rows = await panel.waitForRows("every hostile request to be listed", (listed) =>
      names.every((name) => listed.some((row) => row.url === hostile(name))),
    );
  });

  afterAll(async () => {
    await session?.close();
  });

  it("shows each odd status line as the server wrote it, Non-standard, where DevTools shows what is recorded", async () => {
    const cells = await devtoolsStatusCells(session.handles.devtools);
    for (const [name, seen] of Object.entries(ODD_STATUS_SEEN)) {
      const row = rows.find((r) => r.url === hostile(name));
      expect(`${row?.code} ${row?.text}`, name).toBe(seen.panel);
      expect(row?.bucket, name).toBe("Non-standard");
      expect(cells.find((cell) => cell.url === hostile(name))?.status, name).toBe(seen.devtools);
    }
    await panel.clickRowByUrl(hostile("status-0"));
    expect(await panel.cardTitle()).toBe("0 Not a valid HTTP status");
  });

  it("runs nothing, opens no dialog, adds no payload element, fetches nothing and links only to the reference, with every row clicked", async () => {
    const browserSession = session.handles.browserSession;
    const devtoolsPage = await attachDevtoolsPage(browserSession);
    const panelWatch = await watch(session.panel, browserSession);
    const pageWatch = await watch(devtoolsPage, browserSession);
    const links = new Set<string>();
    const everyRow = await panel.allRows();
    expect(everyRow.length).toBeGreaterThanOrEqual(Object.keys(HOSTILE_ROUTES).length + 2);

    for (const row of everyRow) {
      await panel.clickRowByUrl(row.url, row.method);
      await waitFor(`the card of ${row.url.slice(0, 80)}`, async () => (await panel.cardTitle()) !== null);
      const name = row.url.replace(session.demo.hostileUrl, "");
      const tabs = OPEN_EVERY_TAB.includes(name) ? ["Payload", "Response", "Timing", "Headers"] : [];
      for (const tab of ["Headers", ...tabs]) {
        if (tab !== "Headers" || tabs.length > 0) await panel.openDetailsTab(tab);
        // The page read these bodies, so DevTools holds them: check with the body shown.
        if (tab === "Response" && BODIES.includes(name))
          await waitFor(`the body of ${name}`, async () => (await panel.detailsBody()) !== "");
        for (const href of await session.panel.evaluate(LINKS)) links.add(href);
        expect(await session.panel.evaluate(PAYLOAD_ELEMENTS), `${row.url} (${tab})`).toEqual([]);
      }
    }

    expect(await session.panel.evaluate(STATE)).toEqual({ marker: null, dialog: null });
    expect(await devtoolsPage.evaluate(STATE)).toEqual({ marker: null, dialog: null });
    expect([...panelWatch.dialogs, ...pageWatch.dialogs]).toEqual([]);
    expect(foreignRequests([...panelWatch.requests, ...pageWatch.requests])).toEqual([]);
    expect([...links].filter((href) => !href.startsWith("https://") || !REFERENCE_LINKS.has(href))).toEqual(
      [],
    );
    expect(links.size).toBeGreaterThan(0);
  });

  it("still explains a normal row right afterwards: the page's own 200 document", async () => {
    await panel.clickRowByUrl(hostile("problem"));
    await panel.clickRowByUrl(new URL("/hostile", session.demo.url).href);
    expect(await panel.cardTitle()).toBe("200 OK");
    expect(await panel.selectedRow()).toMatchObject({ code: "200", text: "OK", bucket: "2xx" });
  });
});
