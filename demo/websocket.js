// @ts-check
import { createHash } from "node:crypto";

const WS_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

/**
 * Completes a WebSocket handshake (RFC 6455 §4.2.2) so the page sees a real 101, sends one text frame, then
 * closes; `/ws-open` stays open instead, as an app's live connection does.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:stream").Duplex} socket
 * @returns {boolean} whether it answered 101
 */
export function answerWebSocketUpgrade(req, socket) {
  const key = req.headers["sec-websocket-key"];
  if (typeof key !== "string") {
    socket.end("HTTP/1.1 400 Bad Request\r\n\r\n");
    return false;
  }
  const accept = createHash("sha1")
    .update(key + WS_GUID)
    .digest("base64");
  socket.write(
    `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`,
  );
  const text = Buffer.from("hello from the demo");
  socket.write(Buffer.concat([Buffer.from([0x81, text.length]), text]));
  if (req.url !== "/ws-open") socket.end(Buffer.from([0x88, 0x00]));
  socket.on("error", () => {});
  return true;
}
