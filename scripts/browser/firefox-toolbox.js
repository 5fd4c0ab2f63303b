// @ts-check
// Drives real Firefox with the extension: puppeteer-core over WebDriver BiDi, the add-on installed as a temporary
// one, the toolbox reached from Firefox's privileged window. Firefox internals (the DevTools loader, tool ids, frame
// scripts) are used here and nowhere else; each step fails naming this file when they change.
import { createServer } from "node:net";
import { resolve } from "node:path";
import puppeteer from "puppeteer-core";
import { findFirefoxOrUndefined } from "../ensure-firefox.js";
import { waitFor } from "./target-session.js";

const HERE = "scripts/browser/firefox-toolbox.js";
const PANEL_PAGE = "/src/panel/panel.html";

/** A free TCP port: puppeteer picks a random one for Firefox unless given one, and then may not find it. */
function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? done(address.port) : fail(new Error("no port")),
      );
    });
  });
}

/**
 * Starts Firefox headless with `extensionDir` installed as a temporary add-on.
 * @param {{ extensionDir: string, width?: number, height?: number }} options
 */
export async function launchFirefox({ extensionDir, width = 1280, height = 800 }) {
  const executablePath = findFirefoxOrUndefined();
  if (!executablePath) throw new Error("no Firefox: run scripts/ensure-firefox.js");
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath,
    headless: true,
    debuggingPort: await freePort(),
    // Privileged (chrome) contexts are what opens the toolbox; BiDi refuses them without this flag.
    args: ["--remote-allow-system-access", `--width=${width}`, `--height=${height}`],
  });
  try {
    await browser.installExtension(resolve(extensionDir));
    const page = (await browser.pages())[0] ?? (await browser.newPage());
    return { browser, page, toolbox: new FirefoxToolbox(browser) };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** Firefox's toolbox for the selected tab, and the Status panel in it. */
export class FirefoxToolbox {
  /** @param {import("puppeteer-core").Browser} browser */
  constructor(browser) {
    this.browser = browser;
  }

  /**
   * Runs `body` (the text of an async function body) in browser.xhtml, Firefox's privileged window, and returns
   * what it returns, through JSON. @param {string} body
   */
  async privileged(body) {
    const { connection } = /** @type {{ connection?: BidiConnection }} */ (this.browser);
    if (!connection) throw new Error(`puppeteer's Browser has no BiDi connection: update ${HERE}`);
    const tree = /** @type {{ result: ContextTree }} */ (
      await connection.send("browsingContext.getTree", { "moz:scope": "chrome" })
    );
    const window = tree.result.contexts.find((c) => c.url === "chrome://browser/content/browser.xhtml");
    if (!window) throw new Error(`no chrome://browser/content/browser.xhtml context: update ${HERE}`);
    const { result } = /** @type {{ result: EvaluateResult }} */ (
      await connection.send("script.evaluate", {
        expression: `(async () => JSON.stringify(await (async () => { ${body} })() ?? null))()`,
        target: { context: window.context },
        awaitPromise: true,
        resultOwnership: "none",
      })
    );
    if (result.type === "exception")
      throw new Error(`in Firefox's privileged window: ${result.exceptionDetails?.text ?? "an exception"}`);
    // undefined, not null, for "nothing": waitFor() keeps waiting on undefined.
    return JSON.parse(result.result.value ?? "null") ?? undefined;
  }

  /** Opens the toolbox on the selected tab (on the console, as a user who has not opened the Network Monitor). */
  async open() {
    await this.privileged(`
      const { require } = ChromeUtils.importESModule("resource://devtools/shared/loader/Loader.sys.mjs");
      const { gDevTools } = require("devtools/client/framework/devtools");
      window.statusLensToolbox = await gDevTools.showToolboxForTab(gBrowser.selectedTab, { toolId: "webconsole" });
      return true;`);
  }

  /** Waits until the toolbox lists the extension's "Status" panel, shows it, and waits for its page to load. */
  async showStatusPanel() {
    const id = await waitFor("the Status panel among the toolbox's tools", () =>
      this.privileged(`
        const toolbox = window.statusLensToolbox;
        if (!toolbox) throw new Error("no toolbox: call open() first");
        return toolbox.getAdditionalTools().find((t) => t.id.startsWith("webext-devtools-panel-") && t.label === "Status")?.id;`),
    );
    this.panelId = id;
    await this.privileged(`await window.statusLensToolbox.selectTool(${JSON.stringify(id)}); return true;`);
    // A frame script loaded while the panel's browser is still about:blank never answers.
    await waitFor("the panel page to load", () =>
      this.privileged(
        `return ${this.panelBrowser()}?.currentURI?.spec.endsWith(${JSON.stringify(PANEL_PAGE)});`,
      ),
    );
  }

  /** An expression for the remote <browser> holding the panel page, inside the toolbox's panel iframe. */
  panelBrowser() {
    const frame = `window.statusLensToolbox.doc.getElementById(${JSON.stringify(`toolbox-panel-iframe-${this.panelId}`)})`;
    return `${frame}?.contentDocument?.querySelector("browser")`;
  }

  /**
   * Calls `fn(document)` (sync or async) in the panel page (it runs in the extension's process, out of BiDi's reach, so through a
   * frame script) and returns its JSON-able result. @param {string} fn the function's source
   */
  inPanel(fn) {
    if (!this.panelId) throw new Error("call showStatusPanel() first");
    return this.privileged(`
      const browser = ${this.panelBrowser()};
      if (!browser?.messageManager) throw new Error("no panel <browser> with a message manager: update ${HERE}");
      const name = "status-lens:" + Math.random().toString(36).slice(2);
      const script = "(" + function (name, fn) {
        const send = (reply) => sendAsyncMessage(name, JSON.stringify(reply));
        new Promise((done) => done(fn(content.document))).then((value) => send({ value }), (error) => send({ error: String(error) }));
      } + ")(" + JSON.stringify(name) + ", " + ${JSON.stringify(fn)} + ")";
      const answer = await new Promise((done) => {
        const listener = (message) => { browser.messageManager.removeMessageListener(name, listener); done(message.data); };
        browser.messageManager.addMessageListener(name, listener);
        browser.messageManager.loadFrameScript("data:," + encodeURIComponent(script), false);
      });
      const parsed = JSON.parse(answer);
      if (parsed.error) throw new Error(parsed.error);
      return parsed.value;`);
  }

  /**
   * What Firefox's own devtools API lists now (getHAR, asked from the panel page): method, URL and status of each.
   * @returns {Promise<{ method: string, url: string, status: number }[]>}
   */
  loggedRequests() {
    // The page's promise cannot be handed on from the frame script, only read: copy its answer into a new one.
    return this.inPanel(`(document) => new Promise((done) => document.defaultView.wrappedJSObject.browser.devtools.network.getHAR()
      .then((har) => done(JSON.parse(JSON.stringify(har.entries.map((e) => ({ method: e.request.method, url: e.request.url, status: e.response.status })))))))`);
  }

  /** Switches the toolbox's theme as its Settings do (the devtools.theme preference). @param {"dark" | "light"} theme */
  setTheme(theme) {
    return this.privileged(
      `Services.prefs.setCharPref("devtools.theme", ${JSON.stringify(theme)}); return true;`,
    );
  }

  /** A session evaluating expressions in the panel page, as tests/e2e/support/panel-page.ts drives it. */
  panelSession() {
    return {
      /** @param {string} expression */
      evaluate: (expression) => this.inPanel(`(document) => (${expression})`),
      /** @param {string} method @returns {Promise<never>} */
      send: (method) => Promise.reject(new Error(`${method}: CDP commands exist only in Chromium`)),
    };
  }

  /** The panel as a PNG data URL (BiDi cannot capture privileged contexts; the panel's window can draw itself). */
  panelScreenshot() {
    return this.privileged(`
      const browser = ${this.panelBrowser()};
      const bitmap = await browser.browsingContext.currentWindowGlobal.drawSnapshot(null, 1, "white");
      const canvas = document.createElementNS("http://www.w3.org/1999/xhtml", "canvas");
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
      canvas.getContext("2d").drawImage(bitmap, 0, 0);
      return canvas.toDataURL("image/png");`);
  }
}

/**
 * The part of puppeteer's BiDi connection used here, and the two answers read.
 * @typedef {{ send(method: string, params: object): Promise<{ result: unknown }> }} BidiConnection
 * @typedef {{ contexts: { context: string, url: string }[] }} ContextTree
 * @typedef {{ type: "success", result: { value?: string } } | { type: "exception", exceptionDetails?: { text?: string } }} EvaluateResult
 */
