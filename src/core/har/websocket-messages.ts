import { LAST_MESSAGES_KEPT, type Timings, type WebSocketLog, type WebSocketMessage } from "../model";
import { isJsonObject, type JsonObject, numberField, stringField } from "./json-fields";

const DIRECTIONS: ReadonlyMap<unknown, WebSocketMessage["direction"]> = new Map([
  ["send", "sent"],
  ["receive", "received"],
  ["error", "error"],
]);

// Longer messages are not kept: redaction must see a whole JSON message to find its secrets.
const KEPT = 4096;

function messageOf(source: JsonObject): WebSocketMessage | undefined {
  const direction = DIRECTIONS.get(source.type);
  if (!direction) return undefined;
  const data = stringField(source, "data") ?? "";
  // Chromium writes seconds since the epoch, with microseconds.
  const seconds = numberField(source, "time");
  return {
    direction,
    opcode: numberField(source, "opcode") ?? -1,
    text: data.length <= KEPT ? data : "",
    length: data.length,
    ...(seconds !== undefined && seconds > 0 ? { at: Math.round(seconds * 1000) } : {}),
  };
}

/**
 * What Chromium's `_webSocketMessages` holds of a socket: counts, the last messages and DevTools' error entry
 * (a refused handshake gets one), and how long it was open: DevTools ends a socket's `receive` phase when it
 * closes, and leaves it 0 while it is open (measured in Chromium 156). Undefined for an entry with no messages.
 */
export function webSocketLogOf(entry: JsonObject, timings: Timings | undefined): WebSocketLog | undefined {
  const raw = entry._webSocketMessages;
  if (!Array.isArray(raw)) return undefined;
  const messages = raw.filter(isJsonObject).flatMap((source) => messageOf(source) ?? []);
  const log: WebSocketLog = {
    sent: messages.filter((m) => m.direction === "sent").length,
    received: messages.filter((m) => m.direction === "received").length,
    last: messages.filter((m) => m.direction !== "error").slice(-LAST_MESSAGES_KEPT),
  };
  const error = messages.find((m) => m.direction === "error");
  if (error) log.error = error.text;
  if (timings?.receive !== undefined && timings.receive > 0) log.openMs = timings.receive;
  return log;
}

/**
 * Whether DevTools logged an error entry for this socket: its handshake failed (a refused upgrade gets status 0,
 * `_error: null` and one "error" message in Chromium 156), so the entry is no request still in flight.
 */
export function webSocketFailed(entry: JsonObject): boolean {
  const raw = entry._webSocketMessages;
  return Array.isArray(raw) && raw.some((message) => isJsonObject(message) && message.type === "error");
}
