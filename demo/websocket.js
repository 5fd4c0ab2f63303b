// @ts-check
import { createHash } from "node:crypto";

const WS_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

/** An unmasked server frame (RFC 6455 §5.2); the demo's payloads stay under 126 bytes. @param {number} opcode @param {Buffer} payload */
function frame(opcode, payload) {
  return Buffer.concat([Buffer.from([0x80 | opcode, payload.length]), payload]);
}

/** A close frame carrying a code and a reason (RFC 6455 §5.5.1). @param {number} code @param {string} reason */
function closeFrame(code, reason) {
  const body = Buffer.alloc(2);
  body.writeUInt16BE(code);
  return frame(0x8, Buffer.concat([body, Buffer.from(reason)]));
}

/**
 * The client's frames in one chunk, unmasked (RFC 6455 §5.3). The demo's pages send short frames that arrive
 * whole; anything else is ignored.
 * @param {Buffer} chunk @returns {{ opcode: number, payload: Buffer }[]}
 */
function clientFrames(chunk) {
  const frames = [];
  let at = 0;
  while (at + 6 <= chunk.length) {
    const opcode = (chunk[at] ?? 0) & 0x0f;
    const length = (chunk[at + 1] ?? 0) & 0x7f;
    if (length > 125 || at + 6 + length > chunk.length) break;
    const mask = chunk.subarray(at + 2, at + 6);
    const payload = Buffer.from(
      chunk.subarray(at + 6, at + 6 + length).map((byte, i) => byte ^ (mask[i % 4] ?? 0)),
    );
    frames.push({ opcode, payload });
    at += 6 + length;
  }
  return frames;
}

/**
 * How each demo socket ends, so the Status panel can be shown every way a WebSocket closes:
 * `/ws-close/<code>?reason=…` the server closes with that code and reason; `/ws-echo` echoes text and answers
 * the client's close with the same code; `/ws-drop` cuts the TCP connection with no close frame (the page sees
 * 1006); `/ws` sends one message and closes with no code (1005); `/ws-open` stays open.
 * @param {URL} url @param {import("node:stream").Duplex} socket
 */
function runDemoSocket(url, socket) {
  socket.write(frame(0x1, Buffer.from("hello from the demo")));
  const [, route, arg] = url.pathname.split("/");
  if (route === "ws-close") {
    socket.end(closeFrame(Number(arg), url.searchParams.get("reason") ?? ""));
  } else if (route === "ws-drop") {
    // Let the first frame reach the page, then drop the connection as a crashed server or an idle proxy would.
    setTimeout(() => socket.destroy(), 50);
  } else if (route === "ws-echo") {
    socket.on("data", (chunk) => {
      for (const { opcode, payload } of clientFrames(chunk)) {
        if (opcode === 0x1) socket.write(frame(0x1, payload));
        if (opcode === 0x8) socket.end(frame(0x8, payload));
      }
    });
  } else if (route !== "ws-open") {
    socket.end(frame(0x8, Buffer.alloc(0)));
  }
}

/**
 * Completes a WebSocket handshake (RFC 6455 §4.2.2) so the page sees a real 101, then runs the socket's route
 * (runDemoSocket); `/ws-refuse` answers 403 instead, a handshake the server turns down.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:stream").Duplex} socket
 * @returns {boolean} whether it answered 101
 */
export function answerWebSocketUpgrade(req, socket) {
  socket.on("error", () => {});
  const key = req.headers["sec-websocket-key"];
  const url = new URL(req.url ?? "/", "http://demo.invalid");
  if (typeof key !== "string" || url.pathname === "/ws-refuse") {
    const status = typeof key !== "string" ? "400 Bad Request" : "403 Forbidden";
    socket.end(`HTTP/1.1 ${status}\r\nContent-Type: text/plain\r\nContent-Length: 9\r\n\r\nforbidden`);
    return false;
  }
  const accept = createHash("sha1")
    .update(key + WS_GUID)
    .digest("base64");
  socket.write(
    `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`,
  );
  runDemoSocket(url, socket);
  return true;
}
