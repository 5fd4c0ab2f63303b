// @ts-check
// Launches Chromium with the built extension loaded and DevTools opening for every tab.
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { findChromium } from "../find-chromium.js";

// Without the network flags, Chromium keeps dialling Google hosts that a closed network refuses.
const QUIET_FLAGS = [
  "--no-first-run",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-default-browser-check",
];

/** Height in CSS pixels of the DevTools area, docked at the bottom. */
export const DEVTOOLS_HEIGHT = 640;

/**
 * @param {{ extensions: string[], headless: boolean, devtools?: boolean, viewport?: { width: number, height: number }, args?: string[] }} options
 * `args`: more Chromium switches (e.g. `--ip-address-space-overrides` to make a loopback page count as public).
 */
export async function launchWithExtensions({ extensions, headless, devtools = true, viewport, args = [] }) {
  const dirs = extensions.map((dir) => resolve(dir));
  const userDataDir = await mkdtemp(join(tmpdir(), "status-lens-profile-"));
  // DevTools docked at the bottom, taking most of the window, gives the panel room for the list and the card.
  // DevTools stores each of its settings as JSON text.
  await mkdir(join(userDataDir, "Default"));
  const devtoolsSettings = {
    currentDockState: JSON.stringify("bottom"),
    "inspector-view.split-view-state": JSON.stringify({ horizontal: { size: DEVTOOLS_HEIGHT } }),
  };
  const preferences = { devtools: { preferences: devtoolsSettings } };
  await writeFile(join(userDataDir, "Default", "Preferences"), JSON.stringify(preferences));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless,
    viewport: viewport ?? null,
    ignoreDefaultArgs: ["--disable-extensions"],
    args: [
      `--load-extension=${dirs.join(",")}`,
      `--disable-extensions-except=${dirs.join(",")}`,
      ...(devtools ? ["--auto-open-devtools-for-tabs"] : []),
      ...(process.getuid?.() === 0 ? ["--no-sandbox"] : []),
      "--window-size=1400,1000",
      ...QUIET_FLAGS,
      ...args,
    ],
  });
  return { context, userDataDir };
}
