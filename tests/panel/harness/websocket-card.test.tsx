// @vitest-environment happy-dom
import { fireEvent } from "@testing-library/dom";
import { afterEach, describe, expect, it } from "vitest";
import { fixtureRecords } from "../../core/har-fixture";
import { type MountedPanel, mountPanel } from "./mount-panel";
import { card, rowWith } from "./panel-queries";

let panel: MountedPanel;
afterEach(() => panel.unmount());

// The demo's /websockets page as Chromium 156 recorded it (tests/fixtures/har/chromium-websocket-closes.har).
function showSockets() {
  panel = mountPanel();
  panel.replay(fixtureRecords("chromium-websocket-closes.har"));
}

describe("a WebSocket's card", () => {
  it("says the close code and reason are not recorded, and shows the messages and the time open", () => {
    showSockets();
    fireEvent.click(rowWith(panel, "/ws-echo"));
    const shown = card(panel);
    expect(shown?.title).toBe("101 Switching Protocols");
    expect(shown?.text).toContain("How it closed is not recorded: Chromium keeps no close frame");
    expect(shown?.text).toContain("look the code up as ws:<code>");
    expect(shown?.text).toMatch(/Messages: 1 sent, 2 received; the last: ↑ sent “hello from the page”/);
    expect(shown?.text).toMatch(/Open for \d+ ms after the handshake/);
  });

  it("gives a refused handshake the 1006 card, listed as failed rather than pending", () => {
    showSockets();
    const row = rowWith(panel, "/ws-refuse");
    expect(row.textContent).toContain("(failed)");
    expect(row.textContent).not.toContain("(pending)");
    fireEvent.click(row);
    const shown = card(panel);
    expect(shown?.title).toBe("WebSocket 1006 Abnormal Closure");
    expect(shown?.text).toContain("The WebSocket never opened");
    expect(shown?.text).toContain("Check whether the socket ever opened");
    // No CORS check applies to a WebSocket, and one that never opened was never open for any time.
    expect(shown?.text).not.toContain("Access-Control-Allow-Origin");
    expect(shown?.text).not.toContain("Open for");
  });

  it("quotes Chromium's reason when it failed the socket itself", () => {
    showSockets();
    fireEvent.click(rowWith(panel, "/ws-close/1005"));
    expect(card(panel)?.text).toContain("“Received a broken close frame containing a reserved status code.”");
  });
});

describe("looking up a close code", () => {
  it.each([
    ["ws:1006", "WebSocket 1006 Abnormal Closure"],
    ["ws:4001", "WebSocket 4001 Private use (4000–4999)"],
    ["ws:abc", "Not a WebSocket close code"],
  ])("%s shows %s", (query, title) => {
    panel = mountPanel();
    fireEvent.input(panel.view.getByRole("searchbox", { name: "Look up a status code or error" }), {
      target: { value: query },
    });
    const region = panel.view.getByRole("region", { name: "Reference lookup" });
    expect(region.querySelector("h2")?.textContent).toBe(title);
  });
});
