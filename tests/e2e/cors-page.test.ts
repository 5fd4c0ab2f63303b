import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDemo } from "../../scripts/browser/open-demo.js";
import { devtoolsNetworkLog, devtoolsStatusCells } from "../../scripts/browser/status-panel.js";
import { waitFor } from "../../scripts/browser/target-session.js";
import { PanelPage, type RowView } from "./support/panel-page";

const line = (row: RowView) => (row.text ? `${row.code} ${row.text}` : row.code);

describe("the demo's /cors page, against DevTools' own Network panel", () => {
  let session: Awaited<ReturnType<typeof openDemo>>;
  let panel: PanelPage;
  let rows: RowView[];

  beforeAll(async () => {
    session = await openDemo({ headless: true, path: "/cors" });
    panel = new PanelPage(session.panel);
    // Two PUTs, two preflights, one allowed PUT's answer, two blocked images, the page and its two files.
    const listed = await waitFor("DevTools to list the page's requests", async () => {
      const log = await devtoolsNetworkLog(session.handles.devtools);
      return log.length >= 9 && log.every((r) => r.finished) && log;
    });
    rows = await panel.waitForRows("every request DevTools lists", (shown) => shown.length === listed.length);
  });

  afterAll(async () => {
    await session?.close();
  });

  it("labels each request as Chrome does, or says in the tooltip what Chrome shows where the log cannot tell", async () => {
    const chrome = await devtoolsStatusCells(session.handles.devtools);
    const mismatched = [];
    for (const cell of chrome) {
      const row = rows.find((r) => r.url === cell.url && r.method === cell.method);
      expect(row, `${cell.method} ${cell.url}`).toBeDefined();
      if (!row) continue;
      // A status's first line (the code) is Chrome's; its text may be the reference's name.
      const ours = /^\d/.test(cell.status) ? row.code : line(row);
      const theirs = /^\d/.test(cell.status) ? cell.status.split(" ")[0] : cell.status;
      if (ours !== theirs) mismatched.push({ ours, theirs, title: row.statusTitle });
    }
    // Only the CSP-blocked image: Chromium's log records it with no error at all.
    expect(mismatched).toEqual([
      { ours: "(failed)", theirs: "(blocked:csp)", title: expect.stringContaining("(blocked:csp)") },
    ]);
    expect(rows.find((r) => r.url.endsWith("/image/corp"))?.code).toBe('(blocked:CORP not "same-origin")');
  });

  it("says on the refused preflight's row that it was refused, and links it from its request's card", async () => {
    const preflight = rows.find((r) => r.method === "OPTIONS" && r.url.endsWith("/preflight/denied"));
    expect(preflight?.text).toBe("No Content preflight refused");
    await panel.clickRowByUrl(preflight?.url ?? "", "PUT");
    await expect
      .poll(() => panel.cardText())
      .toMatch(
        /Its preflight \(OPTIONS, 204\) was refused: Access-Control-Allow-Methods is missing; the preflight asked for PUT\./,
      );
    expect(await panel.cardText()).toMatch(/Its CORS preflight/i);
  });
});
