import { resolve } from "node:path";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDemoServer } from "../../demo/server.js";
import { launchFirefox } from "../../scripts/browser/firefox-toolbox.js";
import { PanelPage, type RowView } from "./support/panel-page";

// STATUS_LENS_FIREFOX_DIR tests another Firefox build than `npm run build:firefox`'s dist-firefox/.
const EXTENSION_DIR = resolve(process.env.STATUS_LENS_FIREFOX_DIR ?? "dist-firefox");

/** How the test page asks for each request: a fetch answered with that status, or one that gets no response. */
type Ask = "get" | "post" | "aborted";

describe("Status panel in real Firefox's toolbox", () => {
  let demo: Awaited<ReturnType<typeof startDemoServer>>;
  let firefox: Awaited<ReturnType<typeof launchFirefox>>;
  let panel: PanelPage;
  const rowFor: Record<string, RowView> = {};

  /**
   * Makes one request from the page and returns its row once the panel lists it. Firefox 153 now and then logs a
   * response with its headers but without its status line (status 0, httpVersion ""), or not at all, in getHAR
   * and onRequestFinished alike, or leaves an aborted request in flight (empty timings) for good: such a request is
   * asked again, under a new query, up to three times.
   */
  async function requestAndRow(page: Page, url: string, ask: Ask = "get"): Promise<RowView> {
    for (let attempt = 1; attempt <= 3; attempt++) {
      const target = `${url}?attempt=${attempt}`;
      await page.evaluate(
        (target, ask) => {
          const init: RequestInit =
            ask === "post"
              ? { method: "POST", body: '{"email":"a@b.c"}' }
              : ask === "aborted"
                ? { signal: AbortSignal.timeout(100) }
                : {};
          return fetch(target, init).then((response) => response.text(), String);
        },
        target,
        ask,
      );
      const settled = (row: RowView) => row.url === target && row.bucket !== "Pending";
      const rows = await panel
        .waitForRows(`a settled row for ${target}`, (all) => all.some(settled), 10_000)
        .catch(() => []);
      const row = rows.find(settled);
      if (row && row.bucket !== "Non-standard") return row;
    }
    throw new Error(`Firefox never logged ${url} whole in three tries`);
  }

  beforeAll(async () => {
    demo = await startDemoServer({ port: 0, corsPort: 0 });
    firefox = await launchFirefox({ extensionDir: EXTENSION_DIR });
    // Firefox lists only what happens after its toolbox opened: open it and show the panel before the page loads.
    await firefox.toolbox.open();
    await firefox.toolbox.showStatusPanel();
    panel = new PanelPage(firefox.toolbox.panelSession());
    await firefox.page.goto(`${demo.url}status/200`);
    const { page } = firefox;
    rowFor[404] = await requestAndRow(page, `${demo.url}status/404`);
    rowFor[500] = await requestAndRow(page, `${demo.url}status/500`);
    rowFor[422] = await requestAndRow(page, `${demo.url}status/422`, "post");
    rowFor.refused = await requestAndRow(page, demo.refusedUrl);
    rowFor.aborted = await requestAndRow(page, `${demo.url}slow`, "aborted");
  });

  afterAll(async () => {
    await firefox?.browser.close();
    await demo?.close();
  });

  it("lists each response with its code and class", () => {
    expect(rowFor[404]).toMatchObject({ code: "404", bucket: "4xx" });
    expect(rowFor[500]).toMatchObject({ code: "500", bucket: "5xx" });
    expect(rowFor[422]).toMatchObject({ code: "422", method: "POST", bucket: "4xx" });
  });

  it("lists every request Firefox's own log lists, once, with the same code", async () => {
    const logged = await firefox.toolbox.loggedRequests();
    const rows = await panel.rows();
    const key = (method: string, url: string) => `${method} ${url}`;
    const listed = rows.map((row) => key(row.method, row.url));
    expect(new Set(listed).size, `a request listed twice:\n${listed.join("\n")}`).toBe(listed.length);
    // onRequestFinished may deliver a request Firefox's getHAR has since lost: the panel keeps it.
    expect(listed).toEqual(expect.arrayContaining(logged.map((entry) => key(entry.method, entry.url))));
    for (const entry of logged.filter((e) => e.status >= 100))
      expect(rows.find((row) => row.url === entry.url && row.method === entry.method)?.code).toBe(
        String(entry.status),
      );
  });

  it("counts on each chip the rows of its class", async () => {
    const rows = await panel.rows();
    const chips = await panel.chips();
    for (const bucket of ["2xx", "4xx", "5xx", "Failed"])
      expect(chips[bucket], bucket).toBe(rows.filter((row) => row.bucket === bucket).length);
  });

  it("puts requests that got no response in Failed, though Firefox's log names no error", () => {
    expect(rowFor.refused?.bucket).toBe("Failed");
    expect(rowFor.aborted?.bucket).toBe("Failed");
  });

  it("explains a failing request in its card", async () => {
    await panel.clickRowByUrl(rowFor.aborted?.url ?? "");
    await expect.poll(() => panel.cardTitle(), { timeout: 10_000 }).toBe("No response (status 0)");
    const card = await panel.cardText();
    expect(card).toContain("The request ended without any HTTP response");
    expect(card).toMatch(/canceled by the page/);
  });

  it("explains a 500, and reads a body the page never showed through Firefox's getContent", async () => {
    await panel.clickRowByUrl(rowFor[500]?.url ?? "");
    await expect.poll(() => panel.cardTitle(), { timeout: 10_000 }).toBe("500 Internal Server Error");
    await panel.clickRowByUrl(rowFor[422]?.url ?? "");
    await expect.poll(() => panel.cardText(), { timeout: 10_000 }).toMatch(/email is already taken/);
  });

  it("follows the toolbox's theme, dark and light, through onThemeChanged", async () => {
    const theme = () => firefox.toolbox.panelSession().evaluate("document.documentElement.dataset.theme");
    await firefox.toolbox.setTheme("dark");
    await expect.poll(theme).toBe("dark");
    await firefox.toolbox.setTheme("light");
    await expect.poll(theme).toBe("light");
  });
});
