import {
  isInFlight,
  isJsonObject,
  numberField,
  objectField,
  recordIdOf,
  requestMethodOf,
  stringField,
  webSocketFailed,
} from "../har";

/**
 * What the capture reads from a raw HAR entry before deciding whether it needs normalizing: a few fields, so
 * a getHAR snapshot of 20,000 entries where little is new costs little. Never throws.
 */
export interface EntryFacts {
  /** The same in every copy of one request (start, method, URL); undefined when normalizeEntry would refuse it (no URL). */
  key: string | undefined;
  /**
   * "pending" until the response headers arrive, then the status DevTools recorded ("0" for a failure); on a
   * Slot, also CUT_OFF when the capture decided a navigation canceled it.
   */
  outcome: string;
  /** Differs between two copies of a request when the later one has news (status, error, time, sizes). */
  fingerprint: string;
  /** Start in ms since the epoch; NaN when unreadable or not a real time. */
  startedMs: number;
  /** The HAR page the request belongs to (DevTools: one per page load), when given. */
  pageref: string | undefined;
  /** DevTools typed it a document: a page load, an iframe or a redirect on the way to one. */
  document: boolean;
  /** Method and URL: what stays when DevTools learns a request's real start later (a WebSocket's handshake). */
  target: string;
}

/**
 * A WebSocket cut off before its handshake starts at 1969-12-31T23:59:59Z in DevTools' log: no real time, so
 * no rule by time (Clear, the previous page) may judge it; DevTools' page id still says where it belongs.
 */
function startOf(startedDateTime: string): number {
  const ms = Date.parse(startedDateTime);
  return ms > 0 ? ms : Number.NaN;
}

export function entryFactsOf(entry: unknown): EntryFacts {
  if (!isJsonObject(entry)) {
    return {
      key: undefined,
      outcome: "",
      fingerprint: "",
      startedMs: Number.NaN,
      pageref: undefined,
      document: false,
      target: "",
    };
  }
  const request = objectField(entry, "request");
  const response = objectField(entry, "response");
  const url = typeof request?.url === "string" ? request.url.trim() : "";
  const method = requestMethodOf(request, url);
  const startedDateTime = stringField(entry, "startedDateTime") ?? "";
  const status = numberField(response, "status") ?? 0;
  const pending = isInFlight(response) && !webSocketFailed(entry);
  const error = stringField(response, "_error") ?? "";
  const content = objectField(response, "content");
  const fingerprint = [
    status,
    error,
    numberField(entry, "time") ?? "",
    numberField(content, "size") ?? "",
    numberField(response, "_transferSize") ?? "",
    Array.isArray(response?.headers) ? response.headers.length : "",
    // An open WebSocket's only news is its messages.
    Array.isArray(entry._webSocketMessages) ? entry._webSocketMessages.length : "",
  ].join("|");
  return {
    key: url ? recordIdOf({ startedDateTime, method, url }) : undefined,
    outcome: pending ? "pending" : String(status),
    fingerprint,
    startedMs: startOf(startedDateTime),
    pageref: stringField(entry, "pageref"),
    document: entry._resourceType === "document",
    target: `${method} ${url}`,
  };
}
