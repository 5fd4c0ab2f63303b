import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STATUS_ROUTES } from "../../demo/routes.js";
import { openDemo } from "../../scripts/browser/open-demo.js";
import { devtoolsStatusCells, setDevtoolsTheme } from "../../scripts/browser/status-panel.js";
import { waitFor } from "../../scripts/browser/target-session.js";
import { type DemoLogEntry, expectedChips, expectedCounts } from "./support/expected-counts";
import { PanelPage } from "./support/panel-page";

// The demo blocker extension stops /ads/banner.js before it reaches the server.
const BLOCKED_BY_EXTENSION = 1;

describe("Status panel on the demo page, in real Chromium", () => {
  let session: Awaited<ReturnType<typeof openDemo>>;
  let panel: PanelPage;
  let expected: ReturnType<typeof expectedCounts>;

  beforeAll(async () => {
    session = await openDemo({ headless: true });
    panel = new PanelPage(session.panel);
    await serverSawAbort(session.demo.log, 0);
    expected = expectedCounts(
      session.demo.log as DemoLogEntry[],
      session.demo.unreachable.length + BLOCKED_BY_EXTENSION,
    );
    const total = Object.values(expected).reduce((a, b) => a + b, 0);
    await panel.waitForRows(`${total} rows in the panel`, (rows) => rows.length >= total);
  });

  afterAll(async () => {
    await session?.close();
  });

  it("lists every demo status with its code", async () => {
    const codes = new Set((await panel.rows()).map((row) => row.code));
    for (const code of [101, 206, 301, 302, 304, 307, 308, ...Object.keys(STATUS_ROUTES).map(Number)]) {
      expect(codes, `row for ${code}`).toContain(String(code));
    }
  });

  it("counts on every chip what the demo server says it answered", async () => {
    const chips = await panel.chips();
    expect(chips).toEqual(expectedChips(expected));
    expect(expected.failed).toBeGreaterThanOrEqual(5);
  });

  it("puts the refused, aborted, CORS-blocked and blocked requests in Failed, labelled as DevTools' Network panel labels them", async () => {
    const rows = await panel.rows();
    const failed = rows.filter((r) => r.bucket === "Failed");
    expect(failed).toHaveLength(expected.failed);
    const chrome = await devtoolsStatusCells(session.handles.devtools);
    const line = (r: { code: string; text: string }) => (r.text ? `${r.code} ${r.text}` : r.code);
    // A failure's whole label is Chrome's; a status's first line (the code) is, its text may be the reference's name.
    const ours = (r: (typeof rows)[number]) => (r.bucket === "Failed" ? line(r) : r.code);
    const theirs = (c: { status: string }) =>
      /^\d/.test(c.status) ? (c.status.split(" ")[0] ?? "") : c.status;
    const key = (method: string, url: string, label: string) => `${method} ${url} ${label}`;
    expect(rows.map((r) => key(r.method, r.url, ours(r))).sort()).toEqual(
      chrome.map((c) => key(c.method, c.url, theirs(c))).sort(),
    );
    const byName = (part: string) => failed.find((r) => r.name.includes(part));
    expect(line(byName("/unreachable") ?? { code: "", text: "" })).toBe(
      "(failed) net::ERR_CONNECTION_REFUSED",
    );
    expect(byName("/data")?.code).toBe("CORS error");
    expect(byName("/ads/banner.js")?.code).toBe("(blocked:other)");
  });

  it("reads a body the page never showed from DevTools on demand, into the card", async () => {
    // The 422's body is not in the HAR getHAR returns: the card asks DevTools for it.
    await panel.clickRow(`(text) => text.includes("/status/422 ")`);
    await waitForCard(panel, "422 Unprocessable Content");
    await expect.poll(() => panel.cardText(), { timeout: 10_000 }).toMatch(/email is already taken/);
  });

  it("follows DevTools' theme, light and dark, while open", async () => {
    const theme = () => session.panel.evaluate("document.documentElement.dataset.theme");
    await expect.poll(theme).toBe("light");
    await setDevtoolsTheme(session.handles.devtools, "dark");
    await expect.poll(theme).toBe("dark");
    const background = await session.panel.evaluate("getComputedStyle(document.body).backgroundColor");
    expect(background).toBe("rgb(32, 33, 36)");
    await setDevtoolsTheme(session.handles.devtools, "default");
    await expect.poll(theme).toBe("light");
  });

  it("clears on reload, then keeps both loads with Preserve log on", async () => {
    const reloadAndCount = async () => {
      const before = session.demo.log.length;
      await session.page.reload();
      await session.page.waitForFunction(() => document.body.dataset.demo === "done");
      await serverSawAbort(session.demo.log, before);
      const counts = expectedCounts(
        session.demo.log.slice(before) as DemoLogEntry[],
        session.demo.unreachable.length + BLOCKED_BY_EXTENSION,
      );
      return Object.values(counts).reduce((a, b) => a + b, 0);
    };
    const secondLoad = await reloadAndCount();
    await panel.waitForRows(
      `only the reloaded page's ${secondLoad} rows`,
      (rows) => rows.length === secondLoad,
    );

    await panel.setPreserveLog(true);
    const thirdLoad = await reloadAndCount();
    const rows = await panel.waitForRows("both loads", (all) => all.length === secondLoad + thirdLoad);
    expect(rows.filter((r) => r.name.includes("/status/404"))).toHaveLength(2);
  });

  it("imports a HAR file picked in the panel", async () => {
    await panel.importFile(resolve("tests/fixtures/har/chromium-demo.har"));
    // The capture was made on other ports: its rows name a host this session never used.
    const capturedHost = "127.0.0.1:43241";
    const imported = await panel.waitForRows("the imported capture", (rows) =>
      rows.some((r) => r.name.includes(capturedHost)),
    );
    expect(imported.filter((r) => r.bucket === "Failed")).toHaveLength(5);
    expect(imported.filter((r) => r.name.includes(`/status/404 ${capturedHost}`))).toHaveLength(1);
  });

  it("imports a UTF-16 HAR file (with its BOM) as the same rows, as the CLI reads it", async () => {
    const utf16 = join(tmpdir(), `status-lens-utf16-${process.pid}.har`);
    const text = readFileSync("tests/fixtures/har/playwright-capture.har", "utf8");
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    await panel.importFile(utf16);
    const imported = await panel.waitForRows("the UTF-16 file's rows", (rows) => rows.length === 10);
    expect(imported.filter((r) => r.code === "404")).toHaveLength(2);
  });

  it("renders only the rows in view of a 5000-request HAR, and End reaches the last", async () => {
    const demo = JSON.parse(readFileSync("tests/fixtures/har/chromium-demo.har", "utf8"));
    const start = Date.parse("2026-01-01T00:00:00Z");
    const entries = Array.from({ length: 5000 }, (_, i) => {
      const entry = structuredClone(demo.log.entries[i % demo.log.entries.length]);
      entry.startedDateTime = new Date(start + i * 10).toISOString();
      entry.request.url = `http://big.test/item/${i}`;
      return entry;
    });
    const file = join(tmpdir(), `status-lens-big-${process.pid}.har`);
    writeFileSync(
      file,
      JSON.stringify({ log: { version: "1.2", creator: { name: "test", version: "1" }, entries } }),
    );
    await panel.importFile(file);
    await expect
      .poll(async () => Object.values(await panel.chips()).reduce((a, b) => a + b, 0), { timeout: 20_000 })
      .toBe(5000);
    const rendered = await panel.rows();
    expect(rendered.length).toBeGreaterThan(0);
    expect(rendered.length).toBeLessThan(200);
    expect(rendered[0]?.name).toContain("/item/0 ");

    await session.panel.evaluate(`(() => {
      const grid = document.querySelector('[role="grid"]');
      grid.focus();
      grid.dispatchEvent(new KeyboardEvent("keydown", { key: "End", bubbles: true }));
    })()`);
    await expect.poll(async () => (await panel.selectedRow())?.name ?? "").toContain("/item/4999 ");
  });
});

/**
 * The server logs the page's aborted /slow only when Chromium drops that connection, which can come after the page
 * says it is done: counted before that, the expected total is one short of the panel's complete list.
 */
async function serverSawAbort(log: readonly { path: string }[], from: number): Promise<void> {
  await waitFor("the server to see /slow aborted", async () =>
    log.slice(from).some((e) => e.path === "/slow"),
  );
}

async function waitForCard(panel: PanelPage, title: string): Promise<void> {
  await expect.poll(() => panel.cardTitle(), { timeout: 10_000 }).toBe(title);
}
