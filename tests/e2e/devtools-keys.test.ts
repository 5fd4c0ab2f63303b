import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openDemo } from "../../scripts/browser/open-demo.js";
import { CARD } from "../../scripts/browser/panel-dom.js";
import {
  devtoolsNetworkFilter,
  devtoolsUiState,
  resetDevtoolsUi,
  waitForStatusPanel,
} from "../../scripts/browser/status-panel.js";
import { type TargetSession, waitFor } from "../../scripts/browser/target-session.js";
import { TOOLBAR_AND_KEYS as T } from "../../src/panel/strings/toolbar-and-keys";
import { withNarrowDevtools } from "./support/narrow-devtools";
import { PanelPage } from "./support/panel-page";

/** A key as CDP types it: DevTools' forwarder reads keyCode and the modifiers. */
interface Key {
  key: string;
  code: string;
  keyCode: number;
  /** CDP bit mask: 2 Ctrl, 4 Meta. */
  modifiers?: number;
  text?: string;
}
const ESC: Key = { key: "Escape", code: "Escape", keyCode: 27 };
const CTRL_F: Key = { key: "f", code: "KeyF", keyCode: 70, modifiers: 2 };
const CTRL_L: Key = { key: "l", code: "KeyL", keyCode: 76, modifiers: 2 };
const SLASH: Key = { key: "/", code: "Slash", keyCode: 191, text: "/" };
/** DevTools' "next panel" shortcut, which the panel does not own: once it has switched panels, every key sent
 * before it has been forwarded and handled too (forwarding is asynchronous, but in order). */
const SENTINEL: Key = { key: "]", code: "BracketRight", keyCode: 221, modifiers: 2 };

async function press(target: TargetSession, { key, code, keyCode, modifiers = 0, text }: Key) {
  const common = { key, code, windowsVirtualKeyCode: keyCode, nativeVirtualKeyCode: keyCode, modifiers };
  await target.send("Input.dispatchKeyEvent", { type: text ? "keyDown" : "rawKeyDown", ...common, text });
  await target.send("Input.dispatchKeyEvent", { type: "keyUp", ...common });
}

describe("the Status panel among DevTools' own keys, docks and panels, in real Chromium", () => {
  let session: Awaited<ReturnType<typeof openDemo>>;
  let panel: PanelPage;
  let panelId: string;

  /** DevTools' state once it has handled every key sent so far: the sentinel switched panels. */
  async function devtoolsAfterKeys() {
    await press(session.panel, SENTINEL);
    const state = await waitFor("DevTools to handle the sentinel key (next panel)", async () => {
      const now = await devtoolsUiState(session.handles.devtools, panelId);
      return now.selectedPanel !== panelId && now;
    });
    await resetDevtoolsUi(session.handles.devtools, panelId);
    return state;
  }

  const focusGrid = () =>
    session.panel.evaluate(`(() => { document.querySelector('[role="grid"]').focus(); return true; })()`);
  const focused = () =>
    session.panel.evaluate(
      `document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.tagName`,
    );

  beforeAll(async () => {
    session = await openDemo({ headless: true });
    panel = new PanelPage(session.panel);
    panelId = await waitForStatusPanel(session.handles.devtools);
    await panel.waitForRows("the demo's rows", (rows) => rows.length >= 20);
  });
  afterAll(async () => {
    await session?.close();
  });
  beforeEach(async () => {
    await resetDevtoolsUi(session.handles.devtools, panelId);
  });

  it("reads DevTools' state: Esc and Ctrl+F sent to DevTools itself open its drawer and its Find bar", async () => {
    const opens = async (key: Key, what: "findBarOpen" | "drawerVisible") => {
      // Keys go to the focused frame: take focus out of the panel's iframe, into DevTools' own document.
      await session.handles.devtools.evaluate(`(() => { document.activeElement?.blur(); return true; })()`);
      await press(session.handles.devtools, key);
      await waitFor(`${key.key} sent to DevTools to make ${what} true`, async () => {
        return (await devtoolsUiState(session.handles.devtools, panelId))[what];
      });
      await resetDevtoolsUi(session.handles.devtools, panelId);
    };
    await opens(ESC, "drawerVisible");
    await opens(CTRL_F, "findBarOpen");
  });

  it("Esc closes the card and never opens DevTools' Console drawer", async () => {
    await panel.clickRow("(text) => text.includes('/status/404')");
    await focusGrid();
    await press(session.panel, ESC);
    await waitFor("Esc to close the card", async () => (await panel.cardTitle()) === null);
    expect(await devtoolsAfterKeys()).toMatchObject({ drawerVisible: false, findBarOpen: false });
  });

  it("Ctrl+F and / focus the filter, and DevTools' Find bar stays closed", async () => {
    await focusGrid();
    await press(session.panel, CTRL_F);
    await waitFor("Ctrl+F to focus the filter", async () => (await focused()) === "Filter requests", 3_000);
    expect(await devtoolsAfterKeys()).toMatchObject({ drawerVisible: false, findBarOpen: false });

    await focusGrid();
    await press(session.panel, SLASH);
    await waitFor("/ to focus the filter", async () => (await focused()) === "Filter requests", 3_000);
    // The / that focused the filter is not typed into it.
    expect(await session.panel.evaluate(`document.getElementById("filter-input").value`)).toBe("");
    expect(await devtoolsAfterKeys()).toMatchObject({ drawerVisible: false, findBarOpen: false });
  });

  it("stacks the card under the list in a 500 px wide panel, fully visible, with no sideways scroll", async () => {
    await withNarrowDevtools(session.handles.devtools, 500, async () => {
      await panel.clickRow("(text) => text.includes('/status/429')");
      const layout = await waitFor("the panel to lay out at 500 px with the card open", () =>
        session.panel.evaluate(`(() => {
          const card = document.querySelector(${JSON.stringify(CARD)})?.getBoundingClientRect();
          const grid = document.querySelector('[role="grid"]')?.getBoundingClientRect();
          const page = document.scrollingElement;
          return innerWidth === 500 && card && grid && {
            scrollWidth: page.scrollWidth, clientWidth: page.clientWidth, innerHeight,
            card: { left: card.left, right: card.right, top: card.top, bottom: card.bottom },
            gridBottom: grid.bottom,
          };
        })()`),
      );
      expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
      expect(layout.card.left).toBeGreaterThanOrEqual(0);
      expect(layout.card.right).toBeLessThanOrEqual(500);
      expect(layout.card.bottom).toBeLessThanOrEqual(layout.innerHeight);
      expect(layout.card.top).toBeGreaterThanOrEqual(layout.gridBottom - 1);
      const { data } = await session.handles.devtools.send("Page.captureScreenshot", { format: "png" });
      // docs/narrow-dock.png is refreshed on request only, so a test run leaves the tree clean.
      const shot = process.env.STATUS_LENS_UPDATE_DOCS
        ? "docs/narrow-dock.png"
        : join(tmpdir(), "narrow-dock.png");
      writeFileSync(shot, Buffer.from(data, "base64"));
    });
  });

  it("reveals a request in DevTools' Network panel, filtered to its URL, and opens its initiator in Sources", async () => {
    await panel.clickRow("(text) => text.includes('/status/404')");
    const url = (await panel.selectedRow())?.url ?? "";
    const clickCardButton = (label: string) =>
      session.panel.evaluate(`(() => {
        const button = [...document.querySelectorAll(${JSON.stringify(`${CARD} button`)})]
          .find((b) => b.textContent === ${JSON.stringify(label)});
        if (!button) throw new Error("no card button " + ${JSON.stringify(label)});
        button.click();
        return true;
      })()`);
    const shownPanel = (id: string) =>
      waitFor(`DevTools to show its ${id} panel`, async () => {
        return (await devtoolsUiState(session.handles.devtools, panelId)).selectedPanel === id;
      });

    await clickCardButton(T.revealInNetwork);
    await shownPanel("network");
    expect((await devtoolsNetworkFilter(session.handles.devtools)).trim()).toBe(url);

    await resetDevtoolsUi(session.handles.devtools, panelId);
    await clickCardButton(T.openInitiator);
    await shownPanel("sources");
  });

  it("lists nothing made while recording is paused, not even after Resume, and what comes after", async () => {
    const fetchFromPage = (path: string) =>
      session.page.evaluate(async (url) => {
        await (await fetch(url)).text();
      }, path);
    await panel.clickButton(T.pauseRecording);
    await fetchFromPage("/status/418?while=paused");
    await panel.clickButton(T.resumeRecording);
    await fetchFromPage("/status/418?while=recording");
    // Both requests reach DevTools' log; once the later one is listed, the earlier one would be too.
    await panel.waitForRows("the request made after Resume", (rows) =>
      rows.some((row) => row.url.endsWith("while=recording")),
    );
    const teapots = (await panel.rows()).filter((row) => row.url.includes("?while="));
    expect(teapots.map((row) => new URL(row.url).search)).toEqual(["?while=recording"]);
  });

  it("Ctrl+L clears the list, even from the filter, and DevTools does nothing with it", async () => {
    await session.panel.evaluate(
      `(() => { document.getElementById("filter-input").focus(); return true; })()`,
    );
    await press(session.panel, CTRL_L);
    await panel.waitForRows("Ctrl+L to clear the list", (rows) => rows.length === 0);
    expect(await devtoolsAfterKeys()).toMatchObject({ drawerVisible: false, findBarOpen: false });
  });
});
