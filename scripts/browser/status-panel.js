// @ts-check
// Reaches the Status panel inside DevTools. DevTools internals (InspectorView) are used here and nowhere else.
import { attachWhenListed, waitFor } from "./target-session.js";

/** @typedef {import("./target-session.js").TargetSession} TargetSession */

const DEVTOOLS_URL = "devtools://devtools/bundled/devtools_app.html";
const INSPECTOR = "(await import('./ui/legacy/legacy.js')).InspectorView.InspectorView.instance()";

/** @param {import("playwright-core").BrowserContext} context */
export async function openDevtools(context) {
  const browser = context.browser();
  if (!browser) throw new Error("no browser behind this context");
  const browserSession = await browser.newBrowserCDPSession();
  const devtools = await attachWhenListed(browserSession, "the DevTools window", (t) =>
    t.url.startsWith(DEVTOOLS_URL),
  );
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
  return attachWhenListed(browserSession, "the Status panel page", (t) =>
    /^chrome-extension:\/\/[a-p]{32}\/src\/panel\/panel\.html/.test(t.url),
  );
}

/**
 * Shows one of DevTools' own panels ("network", "elements"…), as clicking its tab does.
 * @param {TargetSession} devtools @param {string} panelId
 */
export async function showDevtoolsPanel(devtools, panelId) {
  await devtools.evaluate(
    `(async () => { await ${INSPECTOR}.showPanel(${JSON.stringify(panelId)}); return true; })()`,
  );
}

/**
 * Attaches to the extension's devtools page, where the live capture runs and getHAR can be called.
 * @param {import("playwright-core").CDPSession} browserSession
 */
export function attachDevtoolsPage(browserSession) {
  return attachWhenListed(browserSession, "the devtools page", (t) =>
    /^chrome-extension:\/\/[a-p]{32}\/src\/devtools\/devtools\.html/.test(t.url),
  );
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

/**
 * One request as DevTools' own Network panel holds it.
 * `statusCode` is 0 while no response has arrived and for most failures, but a CORS-blocked answer keeps the
 * server's code (e.g. 200) with `failed` true; a request cut off by an abort or navigation has `canceled` true.
 * @typedef {{ method: string, url: string, statusCode: number, finished: boolean, failed: boolean, canceled: boolean }} DevtoolsRequest
 */

/**
 * Every request in DevTools' own network log (what its Network panel lists), in its order.
 * @param {TargetSession} devtools @returns {Promise<DevtoolsRequest[]>}
 */
export function devtoolsNetworkLog(devtools) {
  return devtools.evaluate(`(async () => {
    const log = (await import('./models/logs/logs.js')).NetworkLog?.NetworkLog?.instance?.();
    if (!log || typeof log.requests !== "function")
      throw new Error("DevTools' NetworkLog API changed: update scripts/browser/status-panel.js");
    return log.requests().map((r) => {
      if (typeof r.url !== "function" || typeof r.statusCode !== "number")
        throw new Error("DevTools' NetworkRequest API changed: update scripts/browser/status-panel.js");
      // finished, failed and canceled are undefined until set.
      return { method: r.requestMethod, url: r.url(), statusCode: r.statusCode,
        finished: Boolean(r.finished), failed: Boolean(r.failed), canceled: Boolean(r.canceled) };
    });
  })()`);
}

/**
 * The Status cell DevTools' own Network panel draws for each request in its log, drawn by its own code
 * (NetworkRequestNode.renderStatusCell) into a detached cell: "(failed) net::ERR_CONNECTION_REFUSED", "CORS error",
 * "(blocked:other)", "404 Not Found". What Chrome writes, to compare the Status panel's labels with.
 * @param {TargetSession} devtools @returns {Promise<{ method: string, url: string, status: string }[]>}
 */
export function devtoolsStatusCells(devtools) {
  return devtools.evaluate(`(async () => {
    const Node = (await import('./panels/network/network.js')).NetworkDataGridNode?.NetworkRequestNode;
    const log = (await import('./models/logs/logs.js')).NetworkLog?.NetworkLog?.instance?.();
    if (!Node || typeof Node.prototype.renderStatusCell !== "function" || !log)
      throw new Error("DevTools' NetworkRequestNode changed: update scripts/browser/status-panel.js");
    return log.requests().map((request) => {
      const cell = document.createElement("td");
      new Node({}, request).renderStatusCell(cell);
      const lines = [...cell.childNodes].map((node) => node.textContent.trim()).filter(Boolean);
      return { method: request.requestMethod, url: request.url(), status: lines.join(" ") };
    });
  })()`);
}

/**
 * Sets DevTools' own "Preserve log" (Network panel), which decides what DevTools, and so getHAR, keeps across a
 * navigation. Independent of the Status panel's Preserve log.
 * @param {TargetSession} devtools @param {boolean} on
 */
export async function setDevtoolsPreserveLog(devtools, on) {
  const now = await devtools.evaluate(`(async () => {
    const setting = (await import('./core/common/common.js')).Settings?.Settings?.instance?.()
      ?.moduleSetting?.('network-log.preserve-log');
    if (!setting || typeof setting.set !== "function")
      throw new Error("DevTools' preserve-log setting changed: update scripts/browser/status-panel.js");
    setting.set(${JSON.stringify(on)});
    return setting.get();
  })()`);
  if (now !== on)
    throw new Error(`DevTools' Preserve log stayed ${now}: update scripts/browser/status-panel.js`);
}

/**
 * What DevTools shows around the Status panel: whether its Console drawer is open, whether its own Find bar
 * (the search bar DevTools gives every panel, extension panels included) is open over the Status panel, and
 * which panel is selected.
 * @param {TargetSession} devtools @param {string} panelId
 * @returns {Promise<{ drawerVisible: boolean, findBarOpen: boolean, selectedPanel: string }>}
 */
export function devtoolsUiState(devtools, panelId) {
  return devtools.evaluate(`(async () => {
    const changed = (what) => { throw new Error("DevTools' " + what + " changed: update scripts/browser/status-panel.js"); };
    const view = ${INSPECTOR};
    if (typeof view?.drawerVisible !== "function" || typeof view.panel !== "function") changed("InspectorView API");
    const panel = await view.panel(${JSON.stringify(panelId)});
    const searchable = panel?.searchableView?.();
    // SearchableView keeps its bar in footerElementContainer, hidden by the "hidden" class while closed.
    const bar = searchable?.footerElementContainer;
    if (!(bar instanceof Element)) changed("SearchableView (search bar of an extension panel)");
    return {
      drawerVisible: view.drawerVisible(),
      findBarOpen: !bar.classList.contains("hidden"),
      selectedPanel: view.tabbedPane.selectedTabId,
    };
  })()`);
}

/**
 * Closes DevTools' drawer and the Status panel's Find bar, and shows the Status panel: the state a key test
 * starts from.
 * @param {TargetSession} devtools @param {string} panelId
 */
export async function resetDevtoolsUi(devtools, panelId) {
  await devtools.evaluate(`(async () => {
    const view = ${INSPECTOR};
    await view.showPanel(${JSON.stringify(panelId)});
    view.closeDrawer();
    (await view.panel(${JSON.stringify(panelId)})).searchableView().closeSearch();
    return true;
  })()`);
}

/**
 * The text in DevTools' Network panel filter box (what "Reveal in Network panel" sets).
 * @param {TargetSession} devtools @returns {Promise<string>}
 */
export function devtoolsNetworkFilter(devtools) {
  return devtools.evaluate(`(async () => {
    const network = (await import('./panels/network/network.js')).NetworkPanel?.NetworkPanel?.instance?.();
    const filter = network?.networkLogView?.textFilterUI;
    if (typeof filter?.value !== "function")
      throw new Error("DevTools' NetworkPanel filter API changed: update scripts/browser/status-panel.js");
    return filter.value();
  })()`);
}

/**
 * Imports a HAR file's text through DevTools' own Network panel, as its "Import HAR file…" button does
 * (NetworkLogView.onLoadFromFile, which parses it with DevTools' HAR importer into its network log), after
 * clearing that log so it then holds only the file's requests. Read them with devtoolsNetworkLog.
 * @param {TargetSession} devtools @param {string} text @param {string} fileName
 */
export async function importHarIntoDevtools(devtools, text, fileName) {
  await devtools.evaluate(`(async () => {
    const network = await import('./panels/network/network.js');
    const log = (await import('./models/logs/logs.js')).NetworkLog?.NetworkLog?.instance?.();
    const view = network.NetworkPanel?.NetworkPanel?.instance?.()?.networkLogView;
    if (!view || typeof view.onLoadFromFile !== "function" || typeof log?.reset !== "function")
      throw new Error("DevTools' HAR import (NetworkLogView.onLoadFromFile) changed: update scripts/browser/status-panel.js");
    log.reset(true);
    await view.onLoadFromFile(new File([${JSON.stringify(text)}], ${JSON.stringify(fileName)}));
    return true;
  })()`);
}

/**
 * Each WebSocket in DevTools' own network log with the frames its Messages tab lists (NetworkRequest.frames():
 * type "send", "receive" or "error", opcode, text), to see what DevTools itself knows about how a socket closed.
 * @param {TargetSession} devtools
 * @returns {Promise<{ url: string, statusCode: number, failed: boolean, error: string, frames: { type: string, opcode: number, text: string }[] }[]>}
 */
export function devtoolsWebSocketFrames(devtools) {
  return devtools.evaluate(`(async () => {
    const log = (await import('./models/logs/logs.js')).NetworkLog?.NetworkLog?.instance?.();
    if (!log || typeof log.requests !== "function")
      throw new Error("DevTools' NetworkLog API changed: update scripts/browser/status-panel.js");
    return log.requests().filter((r) => r.url().startsWith("ws")).map((r) => {
      if (typeof r.frames !== "function")
        throw new Error("DevTools' NetworkRequest.frames changed: update scripts/browser/status-panel.js");
      return { url: r.url(), statusCode: r.statusCode, failed: Boolean(r.failed), error: r.localizedFailDescription ?? "",
        frames: r.frames().map((f) => ({ type: f.type, opcode: f.opCode, text: f.text })) };
    });
  })()`);
}
