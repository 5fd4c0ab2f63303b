import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDemo } from "../../scripts/browser/open-demo.js";
import { devtoolsWebSocketFrames } from "../../scripts/browser/status-panel.js";
import { PanelPage, type RowView } from "./support/panel-page";

// The demo's /websockets page closes eight sockets eight ways (demo/websocket.js). What the fixture cannot prove:
// that the live capture carries each socket's messages, and that the Chromium under test still records no close
// frame, which every WebSocket card says.
describe("WebSockets that close, on the live demo", () => {
  let session: Awaited<ReturnType<typeof openDemo>>;
  let panel: PanelPage;
  let rows: RowView[];
  const socketRow = (path: string) => rows.find((r) => new URL(r.url).pathname === path);

  beforeAll(async () => {
    session = await openDemo({ headless: true, path: "/websockets" });
    panel = new PanelPage(session.panel);
    rows = await panel.waitForRows(
      "the eight sockets, each closed",
      (shown) => shown.filter((r) => r.url.startsWith("ws:") && r.code !== "(pending)").length === 8,
    );
  });

  afterAll(async () => {
    await session?.close();
  });

  it("finds no close frame in DevTools' own Messages tab, as the cards say", async () => {
    const sockets = await devtoolsWebSocketFrames(session.handles.devtools);
    expect(sockets).toHaveLength(8);
    expect(sockets.flatMap((s) => s.frames).filter((frame) => frame.opcode === 8)).toEqual([]);
  });

  it("shows a closed socket's messages and time open, and that its close code was not recorded", async () => {
    await panel.clickRowByUrl(socketRow("/ws-echo")?.url ?? "");
    await expect.poll(() => panel.cardText()).toContain("How it closed is not recorded");
    const text = await panel.cardText();
    expect(text).toMatch(/Messages: 1 sent, 2 received; the last: ↑ sent “hello from the page”/);
    expect(text).toMatch(/Open for \d+ ms after the handshake/);
  });

  it("lists the refused handshake as failed, with the 1006 card", async () => {
    expect(socketRow("/ws-refuse")?.code).toBe("(failed)");
    await panel.clickRowByUrl(socketRow("/ws-refuse")?.url ?? "");
    await expect.poll(() => panel.cardTitle()).toBe("WebSocket 1006 Abnormal Closure");
    expect(await panel.cardText()).toContain("The WebSocket never opened");
  });
});
