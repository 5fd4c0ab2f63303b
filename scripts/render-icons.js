// @ts-check
// Renders public/icons/status-lens.svg to the PNG sizes the manifest names (run after editing the SVG).
import { readFile } from "node:fs/promises";
import { chromium } from "playwright-core";
import { findChromium } from "./find-chromium.js";

const svg = await readFile(new URL("../public/icons/status-lens.svg", import.meta.url), "utf8");
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ["--no-sandbox", "--disable-gpu"],
});
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>body{margin:0}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
  );
  const path = new URL(`../public/icons/status-lens-${size}.png`, import.meta.url).pathname;
  await page.screenshot({ path, omitBackground: true });
  await page.close();
}
await browser.close();
