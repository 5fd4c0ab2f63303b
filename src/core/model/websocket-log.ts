/** One WebSocket message as DevTools' Messages tab lists it (the HAR's `_webSocketMessages`). */
export interface WebSocketMessage {
  /** "error" is DevTools' own entry for a connection that failed, not a frame the peer sent. */
  direction: "sent" | "received" | "error";
  /** RFC 6455 §5.2: 1 text, 2 binary (base64 in the HAR); -1 on an error entry. */
  opcode: number;
  /** The payload as the HAR holds it; "" when longer than the reader keeps (it is never cut: see redaction). */
  text: string;
  /** Its length in characters, as the HAR holds it. */
  length: number;
  /** When it passed, in ms since the epoch, when the HAR says. */
  at?: number;
}

/**
 * What a HAR keeps of a WebSocket beyond its handshake. Chromium records no close frame, so no close code or
 * reason: checked in Chromium 156 (tests/fixtures/har/chromium-websocket-closes.har, ARCHITECTURE.md).
 */
export interface WebSocketLog {
  sent: number;
  received: number;
  /** The last messages, oldest first (at most LAST_MESSAGES_KEPT). */
  last: WebSocketMessage[];
  /** The text of DevTools' error entry ("" when it gave none); absent when the socket did not fail. */
  error?: string;
  /** How long the socket stayed open after its handshake, when DevTools recorded its end. */
  openMs?: number;
}

export const LAST_MESSAGES_KEPT = 3;
