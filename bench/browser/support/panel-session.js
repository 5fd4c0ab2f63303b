// @ts-check
// Chromium with the built extension and the Status panel shown, on a blank tab: for the rows that need only the panel.
import { rm } from "node:fs/promises";
import { launchWithExtensions } from "../../../scripts/browser/launch-chromium.js";
import { openDevtools, showStatusPanel, waitForStatusPanel } from "../../../scripts/browser/status-panel.js";

/** @param {string} extensionDir */
export async function openPanel(extensionDir) {
  const { context, userDataDir } = await launchWithExtensions({ extensions: [extensionDir], headless: true });
  try {
    const handles = await openDevtools(context);
    const panel = await showStatusPanel(handles, await waitForStatusPanel(handles.devtools));
    return {
      panel,
      devtools: handles.devtools,
      close: async () => {
        await context.close();
        await rm(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close();
    throw error;
  }
}
