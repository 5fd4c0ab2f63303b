// @ts-check
// Reaches the Status panel inside DevTools. DevTools internals (InspectorView) are used here and nowhere else.
import { findTargets, TargetSession, waitFor } from "./target-session.js";

const DEVTOOLS_URL = "devtools://devtools/bundled/devtools_app.html";
const INSPECTOR = "(await import('./ui/legacy/legacy.js')).InspectorView.InspectorView.instance()";

/** @param {import("playwright-core").BrowserContext} context */
export async function openDevtools(context) {
  const browser = context.browser();
  if (!browser) throw new Error("no browser behind this context");
  const browserSession = await browser.newBrowserCDPSession();
  const [frontend] = await waitFor("the DevTools window", async () => {
    const found = await findTargets(browserSession, (t) => t.url.startsWith(DEVTOOLS_URL));
    return found.length > 0 && found;
  });
  if (!frontend) throw new Error("unreachable: waitFor returned no target");
  const devtools = await TargetSession.attach(browserSession, frontend.targetId);
  return { browserSession, devtools };
}

/** Waits until DevTools lists our panel and returns its tab id. @param {TargetSession} devtools */
export function waitForStatusPanel(devtools, timeoutMs = 20_000) {
  return waitFor(
    "the Status panel to register in DevTools",
    () =>
      devtools.evaluate(`(async () => {
      const view = ${INSPECTOR};
      if (!view || !view.tabbedPane) throw new Error("DevTools' InspectorView API changed: update scripts/browser/status-panel.js");
      return view.tabbedPane.tabIds().find((id) => id.startsWith("chrome-extension://") && id.endsWith("Status"));
    })()`),
    timeoutMs,
  );
}

/**
 * Shows the panel and attaches to its page.
 * @param {{ browserSession: import("playwright-core").CDPSession, devtools: TargetSession }} handles
 * @param {string} panelId
 */
export async function showStatusPanel({ browserSession, devtools }, panelId) {
  await devtools.evaluate(
    `(async () => { await ${INSPECTOR}.showPanel(${JSON.stringify(panelId)}); return true; })()`,
  );
  const [panel] = await waitFor("the Status panel page", async () => {
    const found = await findTargets(browserSession, (t) =>
      /^chrome-extension:\/\/[a-p]{32}\/src\/panel\/panel\.html/.test(t.url),
    );
    return found.length > 0 && found;
  });
  if (!panel) throw new Error("unreachable: waitFor returned no target");
  return TargetSession.attach(browserSession, panel.targetId);
}

/**
 * Switches DevTools' own theme, as Settings → Appearance → Theme does.
 * @param {TargetSession} devtools @param {"dark" | "default"} theme
 */
export async function setDevtoolsTheme(devtools, theme) {
  await devtools.evaluate(`(async () => {
    const { Settings } = await import('./core/common/common.js');
    Settings.Settings.instance().moduleSetting('ui-theme').set(${JSON.stringify(theme)});
    return true;
  })()`);
}
