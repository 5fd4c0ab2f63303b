import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumCorsReasons } from "../../scripts/browser/cors-issues.js";
import { openDemo } from "../../scripts/browser/open-demo.js";
import { devtoolsNetworkLog, devtoolsStatusCells } from "../../scripts/browser/status-panel.js";
import { waitFor } from "../../scripts/browser/target-session.js";
import { CORS_RULES, type CorsRule } from "../../src/reference";
import { PanelPage, type RowView } from "./support/panel-page";

const line = (row: RowView) => (row.text ? `${row.code} ${row.text}` : row.code);

describe("the demo's /cors page, against DevTools' own Network panel", () => {
  let session: Awaited<ReturnType<typeof openDemo>>;
  let panel: PanelPage;
  let rows: RowView[];

  beforeAll(async () => {
    session = await openDemo({ headless: true, path: "/cors" });
    panel = new PanelPage(session.panel);
    // Two PUTs and their preflights, two blocked images, the page and its two files, then one request per CORS
    // rule (demo/cors-reasons.js): 14, six of them with a preflight.
    const listed = await waitFor("DevTools to list the page's requests", async () => {
      const log = await devtoolsNetworkLog(session.handles.devtools);
      return log.length >= 29 && log.every((r) => r.finished) && log;
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
      .toMatch(/The request is a PUT, and the preflight's Access-Control-Allow-Methods is missing\./);
    expect(await panel.cardText()).toMatch(/Its CORS preflight/i);
  });

  it("names on each blocked request's card the CORS rule Chromium's own issue names", async () => {
    const blocked = rows.filter((r) => r.code === "CORS error");
    const chromium = await chromiumCorsReasons(session.context, session.page, blocked.length);
    const wrong = [];
    for (const { url, corsError } of chromium) {
      const rule = (Object.keys(CORS_RULES) as CorsRule[]).find((id) =>
        (CORS_RULES[id].chromium as readonly string[]).includes(corsError),
      );
      const row = blocked.find((r) => r.url === url);
      // A click on the row already shown closes its card.
      if (!(await panel.cardText()).includes(url)) await panel.clickRowByUrl(url, row?.method);
      await expect.poll(() => panel.cardText()).toContain(url);
      const section: string = await session.panel.evaluate(
        `document.querySelector('[aria-label="Why CORS blocked it"]')?.textContent ?? ""`,
      );
      const named = rule !== undefined && section.startsWith(`Why CORS blocked it${CORS_RULES[rule].title}`);
      if (!named || !section.includes(corsError)) wrong.push({ url, corsError, section });
    }
    expect(chromium.length).toBe(blocked.length);
    expect(wrong).toEqual([]);
  });
});
