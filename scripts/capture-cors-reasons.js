// @ts-check
// Captures the demo's /cors page as the Status Lens devtools page's getHAR() sees it, with Chromium's own reason for
// each CORS failure (its DevTools issue and console message) beside it. Needs a build (`npm run build`, or
// STATUS_LENS_EXTENSION_DIR). Usage: node scripts/capture-cors-reasons.js [--local-network]
// writes tests/fixtures/har/chromium-cors-reasons.har and .reasons.json; with --local-network the page counts as
// public (--ip-address-space-overrides), so Chromium's Local Network Access check blocks every request to loopback
// (chromium-local-network.har).
import { writeFileSync } from "node:fs";
import { startDemoServer } from "../demo/server.js";
import { chromiumCorsReasons } from "./browser/cors-issues.js";
import { launchWithExtensions } from "./browser/launch-chromium.js";
import { EXTENSION_DIR, waitForDemoPage } from "./browser/open-demo.js";
import { attachDevtoolsPage, openDevtools, waitForStatusPanel } from "./browser/status-panel.js";

const localNetwork = process.argv.includes("--local-network");
const name = localNetwork ? "chromium-local-network" : "chromium-cors-reasons";
const demo = await startDemoServer({ port: 0, corsPort: 0 });
const pagePort = new URL(demo.url).port;
const args = localNetwork ? [`--ip-address-space-overrides=127.0.0.1:${pagePort}=public`] : [];
const { context } = await launchWithExtensions({ extensions: [EXTENSION_DIR], headless: true, args });
try {
  const handles = await openDevtools(context);
  await waitForStatusPanel(handles.devtools);
  const devtoolsPage = await attachDevtoolsPage(handles.browserSession);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(new URL("/cors", demo.url).href);
  await waitForDemoPage(page);
  const blocked = (await page.textContent("#state"))?.split(", ").filter((r) => r.endsWith(": blocked"));
  // The two images are blocked by CSP and CORP, not CORS (unless Local Network Access blocks the CORP one first).
  const reasons = await chromiumCorsReasons(context, page, (blocked?.length ?? 0) - (localNetwork ? 1 : 2));
  const har = await devtoolsPage.evaluate(
    "new Promise((done) => chrome.devtools.network.getHAR((har) => done(JSON.parse(JSON.stringify(har)))))",
  );
  // Bodies are left out, as in the other captures: getHAR gives none for most entries anyway.
  for (const entry of har.entries) delete entry.response.content.text;
  const version = (await context.browser()?.version()) ?? "unknown";
  const log = { version: "1.2", creator: { name: "WebInspector", version: "537.36" }, ...har };
  writeFileSync(`tests/fixtures/har/${name}.har`, `${JSON.stringify({ log }, null, 1)}\n`);
  const file = { chromium: version, reasons };
  writeFileSync(`tests/fixtures/har/${name}.reasons.json`, `${JSON.stringify(file, null, 1)}\n`);
  console.log(`${name}: ${har.entries.length} entries, ${reasons.length} CORS reasons (Chromium ${version})`);
} finally {
  await context.close();
  await demo.close();
}
