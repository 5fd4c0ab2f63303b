// @ts-check
// `npm start`: the demo server, Chromium with Status Lens loaded, DevTools open on the Status panel.
// With no display it runs headless, writes a screenshot of the panel and prints its path.
// Options: --headless, --screenshot <file.png>, --theme dark, --port N, --cors-port N (also DEMO_PORT, DEMO_CORS_PORT).
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { DEVTOOLS_HEIGHT } from "./browser/launch-chromium.js";
import { openDemo } from "./browser/open-demo.js";
import { CARD, REQUEST_ROWS } from "./browser/panel-dom.js";
import { setDevtoolsTheme } from "./browser/status-panel.js";
import { waitFor } from "./browser/target-session.js";
import { findChromiumOrUndefined, INSTALL_HINT } from "./find-chromium.js";

const args = process.argv.slice(2);
const option = (/** @type {string} */ name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = args.includes("--headless") || !hasDisplay;
const screenshotPath = resolve(option("--screenshot") ?? (headless ? "screenshots/status-panel.png" : ""));

if (!findChromiumOrUndefined()) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

const session = await openDemo({
  headless,
  port: Number(option("--port") ?? process.env.DEMO_PORT ?? 8077),
  corsPort: Number(option("--cors-port") ?? process.env.DEMO_CORS_PORT ?? 8078),
});
if (option("--theme") === "dark") await setDevtoolsTheme(session.handles.devtools, "dark");
console.log(`Demo page: ${session.demo.url}  (cross-origin server: ${session.demo.corsUrl})`);

// Wait until the panel has listed the demo traffic and the row count settles.
let last = -1;
await waitFor(
  "the panel to list the demo traffic",
  async () => {
    const count = await session.panel.evaluate(
      `document.querySelectorAll(${JSON.stringify(REQUEST_ROWS)}).length`,
    );
    const settled = count > 0 && count === last;
    last = count;
    return settled;
  },
  20_000,
);

if (option("--screenshot") || headless) {
  // Open one card so the picture shows what the panel is for.
  await session.panel.evaluate(`[...document.querySelectorAll(${JSON.stringify(REQUEST_ROWS)})]
    .find((tr) => tr.textContent.includes("/status/429"))?.click()`);
  await waitFor("the explanation card", () =>
    session.panel.evaluate(`Boolean(document.querySelector(${JSON.stringify(CARD)}))`),
  );
  // Two animation frames: the card is painted, not only in the DOM.
  await session.panel.evaluate(
    "new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))",
  );
  await session.handles.devtools.send("Page.enable");
  // DevTools draws over the whole tab; keep only its docked area.
  const { width, height } = await session.handles.devtools.evaluate(
    "({ width: innerWidth, height: innerHeight })",
  );
  const clip = {
    x: 0,
    y: Math.max(0, height - DEVTOOLS_HEIGHT),
    width,
    height: Math.min(height, DEVTOOLS_HEIGHT),
    scale: 1,
  };
  const { data } = await session.handles.devtools.send("Page.captureScreenshot", { format: "png", clip });
  mkdirSync(dirname(screenshotPath), { recursive: true });
  writeFileSync(screenshotPath, Buffer.from(data, "base64"));
  console.log(`Screenshot of the Status panel: ${screenshotPath}`);
}

if (headless) {
  await session.close();
} else {
  console.log("Chromium is open with DevTools on the Status panel. Press Ctrl+C here to stop.");
  const stop = () => session.close().finally(() => process.exit(0));
  process.on("SIGINT", stop);
  session.context.on("close", () => session.demo.close().finally(() => process.exit(0)));
}
