// @ts-check
// The store screenshots, 1280 × 800, from the real panel: Chromium's DevTools (docs/screenshot.png, which
// `npm start -- --screenshot docs/screenshot.png` takes: the card of a 429) and Firefox's toolbox (taken here: the
// card of a 5xx), each framed with a caption by a headless Chromium page.
//   npm run build:firefox && node scripts/store-screenshots.js   → store/*-screenshot-1280x800.png
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { startDemoServer } from "../demo/server.js";
import { launchFirefox } from "./browser/firefox-toolbox.js";
import { CARD, CHIPS, READ_CHIP, REQUEST_ROWS } from "./browser/panel-dom.js";
import { waitFor } from "./browser/target-session.js";
import { findChromium } from "./find-chromium.js";

const OUT = resolve("store");
const SIZE = { width: 1280, height: 800 };

/** The panel in Firefox's toolbox on the demo page, filtered to its 5xx, with one's card open. */
async function firefoxShot() {
  const demo = await startDemoServer({ port: 0, corsPort: 0 });
  const firefox = await launchFirefox({
    extensionDir: process.env.STATUS_LENS_FIREFOX_DIR ?? "dist-firefox",
  });
  try {
    await firefox.toolbox.open();
    await firefox.toolbox.showStatusPanel();
    await firefox.page.goto(demo.url);
    await firefox.page.waitForFunction(() => document.body?.dataset.demo === "done", { timeout: 30_000 });
    const panel = firefox.toolbox.panelSession();
    // The filter box, as a user types in it: the 5xx rows, all in view.
    await panel.evaluate(`(() => {
      const box = document.querySelector('input[aria-label="Filter requests"]');
      box.value = "status:5xx";
      box.dispatchEvent(new document.defaultView.Event("input", { bubbles: true }));
    })()`);
    // The last 5xx row: Firefox now and then leaves a request out of its log, so no one code is certain to be there.
    const row = `[...document.querySelectorAll(${JSON.stringify(REQUEST_ROWS)})].filter((r) => r.textContent.includes("5xx")).at(-2)`;
    await waitFor("a 5xx row", () => panel.evaluate(`Boolean(${row})`));
    await panel.evaluate(`${row}.click()`);
    await waitFor("its card", () =>
      panel.evaluate(`Boolean(document.querySelector(${JSON.stringify(CARD)}))`),
    );
    await waitFor("the 5xx chip to count the rows", () =>
      panel.evaluate(
        `Object.fromEntries([...document.querySelectorAll(${JSON.stringify(CHIPS)})].map(${READ_CHIP}))["5xx"] > 0`,
      ),
    );
    const dataUrl = await firefox.toolbox.panelScreenshot();
    return Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ""), "base64");
  } finally {
    await firefox.browser.close();
    await demo.close();
  }
}

/** `png` fitted into 1280 × 800 under `caption`. @param {import("playwright-core").Page} page */
async function framed(page, /** @type {Buffer} */ png, /** @type {string} */ caption) {
  const style = `body { margin: 0; width: ${SIZE.width}px; height: ${SIZE.height}px; display: flex; flex-direction: column;
    background: #1f2933; color: #f5f7fa; font: 600 28px system-ui, sans-serif; }
    p { margin: 0; padding: 28px 40px 22px; }
    div { flex: 1; min-height: 0; display: flex; align-items: center; justify-content: center; padding: 0 24px 24px; }
    img { max-width: 100%; max-height: 100%; box-shadow: 0 4px 24px #0008; }`;
  await page.setContent(
    `<style>${style}</style><p></p><div><img src="data:image/png;base64,${png.toString("base64")}"></div>`,
  );
  await page.locator("p").evaluate((p, text) => {
    p.textContent = text;
  }, caption);
  await page.locator("img").evaluate((img) => /** @type {HTMLImageElement} */ (img).decode());
  return page.screenshot({ type: "png" });
}

const browser = await chromium.launch({ executablePath: findChromium(), args: ["--no-sandbox"] });
try {
  const page = await browser.newPage({ viewport: SIZE });
  mkdirSync(OUT, { recursive: true });
  const shots = [
    [
      "chrome-screenshot-1280x800.png",
      readFileSync("docs/screenshot.png"),
      "Status Lens in Chrome DevTools: what a 429 means and when to retry",
    ],
    [
      "firefox-screenshot-1280x800.png",
      await firefoxShot(),
      "Status Lens in Firefox's toolbox: every status explained, offline",
    ],
  ];
  for (const [name, png, caption] of /** @type {[string, Buffer, string][]} */ (shots)) {
    writeFileSync(join(OUT, name), await framed(page, png, caption));
    console.log(`store/${name}`);
  }
} finally {
  await browser.close();
}
