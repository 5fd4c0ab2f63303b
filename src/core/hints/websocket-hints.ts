import { explainCloseCode } from "../../reference";
import { formatDuration } from "../http";
import { type Hint, hintsAbout, type RequestRecord, shorten, type WebSocketMessage } from "../model";
import { redactBody } from "../redact";

const hint = hintsAbout("websocket", "_webSocketMessages");
// A quoted message names itself in a few words; the Messages tab has the rest.
const QUOTE = 80;

const ARROW: Record<WebSocketMessage["direction"], string> = {
  sent: "↑ sent",
  received: "↓ received",
  error: "",
};

function messageText(message: WebSocketMessage, startedMs: number): string {
  const when =
    message.at !== undefined && Number.isFinite(startedMs)
      ? ` at +${formatDuration(Math.max(0, message.at - startedMs))}`
      : "";
  const content =
    message.opcode === 2
      ? `binary (${message.length.toLocaleString("en-US")} characters of base64)`
      : message.text === "" && message.length > 0
        ? `text of ${message.length.toLocaleString("en-US")} characters`
        : // Findings are shown as they are, and a socket's first message often carries its token.
          `“${shorten(redactBody(message.text, "", { reveal: false }), QUOTE)}”`;
  return `${ARROW[message.direction]} ${content}${when}`;
}

/** What the record's close code card is, when the browser's own log proves it: a socket Chromium failed gives 1006. */
export function closeCodeOf(record: RequestRecord): number | undefined {
  return record.webSocket?.error !== undefined ? 1006 : undefined;
}

function howItClosed(record: RequestRecord): Hint {
  const failure = record.webSocket?.error;
  if (failure === undefined) {
    return hint(
      "info",
      "How it closed is not recorded: Chromium keeps no close frame in DevTools' log or its HAR, so neither the close code nor the reason is here. The page's close handler gets them (CloseEvent.code, reason, wasClean); look the code up as ws:<code>, e.g. ws:1006.",
    );
  }
  const page = `The page's close event had code 1006 (${explainCloseCode(1006).name}), wasClean false.`;
  if (record.status === 0) {
    return hint(
      "error",
      `The WebSocket never opened: DevTools logged an error instead of the server's answer to the upgrade${failure ? ` (“${shorten(failure, QUOTE)}”)` : ""}, so the server refused it (any status but 101) or the connection failed. ${page} Chromium's console names the status the server sent.`,
    );
  }
  return hint(
    "error",
    `Chromium ended the open socket itself: “${shorten(failure, QUOTE)}” (DevTools' error entry). ${page} Look at what the server sent last.`,
  );
}

/**
 * A WebSocket as DevTools recorded it: how it closed (Chromium records no close code or reason, only the errors
 * it failed a socket with), the messages that passed and the last of them, and how long it stayed open.
 */
export function webSocketHints(record: RequestRecord): Hint[] {
  if (record.resourceType !== "websocket" || record.pending) return [];
  const log = record.webSocket;
  const hints = [howItClosed(record)];
  if (!log) return hints;
  const startedMs = Date.parse(record.startedDateTime);
  const counts = `Messages: ${log.sent.toLocaleString("en-US")} sent, ${log.received.toLocaleString("en-US")} received`;
  const last = log.last.map((message) => messageText(message, startedMs));
  hints.push(hint("info", last.length ? `${counts}; the last: ${last.join(", ")}.` : `${counts}.`));
  // A socket that never opened has no open time, whatever its receive phase says.
  if (record.status !== 101) return hints;
  if (log.openMs !== undefined) {
    hints.push(
      hint(
        "info",
        `Open for ${log.openMs < 0.5 ? "less than 1 ms" : formatDuration(log.openMs)} after the handshake, until it closed; DevTools does not record which side closed it.`,
        "timings.receive",
      ),
    );
  } else {
    hints.push(
      hint(
        "info",
        "DevTools has no end time for it: it was still open when DevTools was last read, or it closed at once.",
        "timings.receive",
      ),
    );
  }
  return hints;
}
