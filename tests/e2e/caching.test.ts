import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CACHE_ROUTES } from "../../demo/cache-routes.js";
import { openDemo } from "../../scripts/browser/open-demo.js";
import { REQUEST_ROWS } from "../../scripts/browser/panel-dom.js";
import { devtoolsNetworkLog } from "../../scripts/browser/status-panel.js";
import { waitFor } from "../../scripts/browser/target-session.js";
import { PanelPage } from "./support/panel-page";

const FROM_CACHE = /\((disk|memory) cache\)/;
/** The card's Caching section, as a user reads it. */
const cachingText = (card: string) => card.slice(card.indexOf("CACHING"));

// Live traffic: the demo's /caching answers, each fetched twice, so what the browser kept comes back from its cache.
describe("the card's Caching section on live traffic", () => {
  let session: Awaited<ReturnType<typeof openDemo>>;
  let panel: PanelPage;

  beforeAll(async () => {
    session = await openDemo({ headless: true, path: "/caching?again" });
    panel = new PanelPage(session.panel);
    const listed = await waitFor("DevTools to list the page's requests", async () => {
      const log = await devtoolsNetworkLog(session.handles.devtools);
      return log.filter((r) => r.url.includes("/cache/")).length >= 14 && log.every((r) => r.finished) && log;
    });
    await panel.waitForRows("every request DevTools lists", (shown) => shown.length === listed.length);
  });

  afterAll(async () => {
    await session?.close();
  });

  const open = async (path: string, fromCache: boolean) => {
    await panel.clickRow(
      `(t) => t.includes(${JSON.stringify(path)}) && ${fromCache ? "" : "!"}/\\((disk|memory) cache\\)/.test(t)`,
    );
    return expect.poll(async () => cachingText(await panel.cardText()));
  };

  it("says how long the browser and a CDN keep a page the CDN already held, from its Age", async () => {
    // Age 20 plus the request's own delay (RFC 9111 §4.2.3): a second more on a slow machine.
    await (await open("/cache/article", false)).toMatch(
      /Fresh for 9 min (40|3\d) s in the browser cache; fresh for 59 min (40|3\d) s in shared caches \(CDN, proxy\)\.[\s\S]*Still fresh: (9|8) min \d+ s left\.\s+Why \(6 reasons\)/,
    );
  });

  it("says a second fetch came from the browser's cache, and that the slow server clock spent the lifetime", async () => {
    await (await open("/cache/article", true)).toMatch(
      /^CACHING\s+Served from the (disk|memory) cache\. Fresh for/,
    );
    await (await open("/cache/slow-clock", false)).toMatch(
      /Stored in the browser cache and shared caches \(CDN, proxy\), but stale on arrival[\s\S]*Date is 10 min behind this browser's clock/,
    );
  });

  it("predicts what Chromium reuses: the answers it calls fresh are exactly those served from its cache the second time", async () => {
    const rowTexts: string[] = await session.panel.evaluate(
      `[...document.querySelectorAll(${JSON.stringify(REQUEST_ROWS)})].map((tr) => tr.textContent)`,
    );
    const outcomes = [];
    for (const name of Object.keys(CACHE_ROUTES)) {
      const path = `/cache/${name}`;
      const reused = rowTexts.some((text) => text.includes(`${path} `) && FROM_CACHE.test(text));
      await (await open(path, false)).toMatch(/^CACHING\s+\S/);
      const verdict = cachingText(await panel.cardText())
        .split("\n")
        .find((line) => /\w/.test(line) && line !== "CACHING");
      outcomes.push({ path, reused, verdict });
    }
    expect(outcomes.filter((o) => o.reused).length).toBe(5);
    for (const { path, reused, verdict } of outcomes)
      expect(/^Fresh for/.test(verdict ?? ""), `${path}: ${verdict}`).toBe(reused);
  });
});
