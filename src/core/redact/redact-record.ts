import type { RequestRecord } from "../model";
import { redactBody } from "./redact-body";
import { redactHeaders } from "./redact-headers";
import type { RedactOptions } from "./redact-options";
import { redactUrl } from "./redact-url";
import { REDACTED } from "./secret-names";

/**
 * The record with its credentials hidden everywhere it may be shown or exported: URLs (url, host, path, redirectURL,
 * initiator), both header lists (Referer and Location values included), the request body, a text response body and
 * the WebSocket messages quoted on the card. A base64 body is left as it is: core cannot read it.
 */
export function redactRecord(record: RequestRecord, options: RedactOptions): RequestRecord {
  if (options.reveal) return record;
  const redacted: RequestRecord = {
    ...record,
    url: redactUrl(record.url, options),
    // A normalized host never holds a userinfo; one from elsewhere might.
    host: record.host.includes("@")
      ? `${REDACTED}${record.host.slice(record.host.lastIndexOf("@"))}`
      : record.host,
    path: redactUrl(record.path, options),
    redirectURL: redactUrl(record.redirectURL, options),
    requestHeaders: redactHeaders(record.requestHeaders, options),
    responseHeaders: redactHeaders(record.responseHeaders, options),
  };
  if (record.initiator !== undefined) redacted.initiator = redactUrl(record.initiator, options);
  if (record.requestBody) {
    const { mimeType, text } = record.requestBody;
    redacted.requestBody = { mimeType, text: redactBody(text, mimeType, options) };
  }
  if (record.responseBody && record.responseBody.encoding !== "base64") {
    const { mimeType, text } = record.responseBody;
    redacted.responseBody = { ...record.responseBody, text: redactBody(text, mimeType, options) };
  }
  if (record.webSocket) {
    // A socket's first message often carries its token.
    const last = record.webSocket.last.map((message) => ({
      ...message,
      text: redactBody(message.text, "", options),
    }));
    redacted.webSocket = { ...record.webSocket, last };
  }
  return redacted;
}
