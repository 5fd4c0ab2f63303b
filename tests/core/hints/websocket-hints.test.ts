import { describe, expect, it } from "vitest";
import { explainExchange } from "../../../src/core/hints";
import { webSocketHints } from "../../../src/core/hints/websocket-hints";
import { fixtureRecords } from "../har-fixture";
import { recordWith as recordOf } from "../record-builder";

// Real Chromium 156 capture of the demo's /websockets page (scripts/record-websocket-closes.js): the page saw
// 1000, 1001, 1008, 1011, 4000 with reasons, 1006 for the 1005 frame, the drop and the refused handshake.
const records = fixtureRecords("chromium-websocket-closes.har");
const socket = (path: string) => {
  const found = records.find((r) => r.path.startsWith(path));
  if (!found) throw new Error(`no socket ${path}`);
  return found;
};
const card = (path: string) => explainExchange(socket(path), { now: new Date("2026-12-01T17:00:00Z") });
const texts = (path: string) => webSocketHints(socket(path)).map((hint) => hint.text);

describe("WebSocket findings from a captured Chromium HAR", () => {
  it("reads all eight sockets, none of them still pending", () => {
    const sockets = records.filter((r) => r.resourceType === "websocket");
    expect(sockets).toHaveLength(8);
    expect(sockets.filter((r) => r.pending)).toEqual([]);
  });

  it.each(["/ws-echo", "/ws-close/1001", "/ws-close/1008", "/ws-close/4000", "/ws-drop"])(
    "%s: says the close code and reason are not recorded, on the 101 card",
    (path) => {
      const explanation = card(path);
      expect(explanation.title).toBe("101 Switching Protocols");
      const [closed] = explanation.findings.filter((f) => f.topic === "websocket");
      expect(closed).toMatchObject({ severity: "info", source: "_webSocketMessages" });
      expect(closed?.text).toMatch(/^How it closed is not recorded: Chromium keeps no close frame/);
      expect(closed?.text).toContain("CloseEvent.code, reason, wasClean");
    },
  );

  it("shows what is recorded: the messages both ways and how long the socket was open", () => {
    const [, messages, open] = texts("/ws-echo");
    expect(messages).toMatch(
      /^Messages: 1 sent, 2 received; the last: ↑ sent “hello from the page” at \+\d+ ms, ↓ received “hello from the demo” at \+\d+ ms, ↓ received “hello from the page” at \+\d+ ms\.$/,
    );
    expect(open).toMatch(
      /^Open for \d+ ms after the handshake, until it closed; DevTools does not record which side/,
    );
    expect(webSocketHints(socket("/ws-drop"))[2]?.source).toBe("timings.receive");
    // The 1001 socket closed about half a millisecond after its handshake.
    expect(texts("/ws-close/1001")[2]).toMatch(/^Open for less than 1 ms after the handshake/);
  });

  it("gives a socket Chromium failed on a forbidden close code the 1006 card and Chromium's words", () => {
    const explanation = card("/ws-close/1005");
    expect(explanation.title).toBe("WebSocket 1006 Abnormal Closure");
    expect(socket("/ws-close/1005").status).toBe(101);
    expect(texts("/ws-close/1005")[0]).toBe(
      "Chromium ended the open socket itself: “Received a broken close frame containing a reserved status code.” (DevTools' error entry). The page's close event had code 1006 (Abnormal Closure), wasClean false. Look at what the server sent last.",
    );
  });

  it("lists a refused handshake as failed, with the 1006 card, not as pending", () => {
    const refused = socket("/ws-refuse");
    expect(refused).toMatchObject({ status: 0, bucket: "failed" });
    expect(refused.pending).toBeUndefined();
    expect(card("/ws-refuse").title).toBe("WebSocket 1006 Abnormal Closure");
    // ws:// is another origin than the http:// page, but no CORS check applies to a WebSocket.
    expect(card("/ws-refuse").findings.map((finding) => finding.topic)).toEqual(["websocket", "websocket"]);
    const [never, messages] = texts("/ws-refuse");
    expect(never).toMatch(
      /^The WebSocket never opened: DevTools logged an error instead of the server's answer/,
    );
    expect(never).toContain("Chromium's console names the status the server sent.");
    expect(messages).toBe("Messages: 0 sent, 0 received.");
  });

  it("says an open socket has no end time yet, and quotes messages redacted", () => {
    const open = recordOf({
      url: "wss://chat.example/socket",
      status: 101,
      resourceType: "websocket",
      webSocket: {
        sent: 1,
        received: 0,
        last: [{ direction: "sent", opcode: 1, text: '{"token":"s3cr3t-value","op":"auth"}', length: 36 }],
      },
    });
    const [, messages, end] = webSocketHints(open).map((hint) => hint.text);
    expect(messages).toBe(
      'Messages: 1 sent, 0 received; the last: ↑ sent “{"token":"[redacted]","op":"auth"}”.',
    );
    expect(end).toMatch(/^DevTools has no end time for it/);
  });

  it("says nothing of requests that are not WebSockets", () => {
    expect(webSocketHints(recordOf({ url: "https://a.example/", status: 101 }))).toEqual([]);
  });
});
