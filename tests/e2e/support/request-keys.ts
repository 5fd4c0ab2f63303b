import type { DevtoolsRequest } from "../../../scripts/browser/status-panel.js";
import type { RowView } from "./panel-page";

/**
 * How the Status panel's rows are compared with DevTools' own network log and with a HAR file: as multisets of
 * "METHOD URL STATUS" keys, where STATUS is the numeric code when there is a usable one, else NO_STATUS.
 *
 * The mapping, verified in Chromium 156:
 * - panel: a number ("404") is itself; every other code shown — "(pending)", "(canceled)", "(failed)",
 *   "(blocked)" — is NO_STATUS. Which of these a row shows is asserted separately where it matters.
 * - DevTools: `failed` or `canceled` is NO_STATUS whatever its statusCode (a CORS-blocked answer keeps the
 *   server's 200 there, with `failed` true); statusCode 0 (no response yet, or none ever) is NO_STATUS; otherwise
 *   the statusCode, even when unfinished (an unread body, an open stream, a request a navigation cut off after
 *   its headers arrived).
 * - HAR: an entry with `response._error` or status 0 is NO_STATUS, else its status.
 * - Method: a WebSocket cut off before its handshake was sent has an empty method in DevTools' log and in getHAR;
 *   it compares as GET, the only method a handshake has (RFC 6455 §4.1), whichever the panel shows.
 */
export const NO_STATUS = "(no status)";

const methodOf = (method: string, url: string) => (method === "" && /^wss?:/.test(url) ? "GET" : method);

export function panelKey(row: RowView): string {
  return `${methodOf(row.method, row.url)} ${row.url} ${/^\d+$/.test(row.code) ? row.code : NO_STATUS}`;
}

export function devtoolsKey(request: DevtoolsRequest): string {
  const noStatus = request.failed || request.canceled || request.statusCode === 0;
  return `${methodOf(request.method, request.url)} ${request.url} ${noStatus ? NO_STATUS : request.statusCode}`;
}

interface HarEntryLike {
  request: { method: string; url: string };
  response: { status: number; _error?: string | null };
}

export function harKey(entry: HarEntryLike): string {
  const noStatus = Boolean(entry.response._error) || entry.response.status === 0;
  const { method, url } = entry.request;
  return `${methodOf(method, url)} ${url} ${noStatus ? NO_STATUS : entry.response.status}`;
}

export interface MultisetDiff {
  /** Expected keys the actual side lacks (repeated as often as they are short). */
  missing: string[];
  /** Actual keys beyond what was expected. */
  extra: string[];
}

export function multisetDiff(expected: readonly string[], actual: readonly string[]): MultisetDiff {
  const balance = new Map<string, number>();
  for (const key of expected) balance.set(key, (balance.get(key) ?? 0) + 1);
  for (const key of actual) balance.set(key, (balance.get(key) ?? 0) - 1);
  const missing: string[] = [];
  const extra: string[] = [];
  for (const [key, n] of balance) {
    for (let i = 0; i < n; i++) missing.push(key);
    for (let i = 0; i < -n; i++) extra.push(key);
  }
  return { missing: missing.sort(), extra: extra.sort() };
}

/** A short account of a difference for a failure message: counts, then the first keys of each side. */
export function describeDiff({ missing, extra }: MultisetDiff, limit = 15): string {
  const show = (keys: string[]) =>
    keys.slice(0, limit).join("\n    ") + (keys.length > limit ? "\n    …" : "");
  return `${missing.length} missing, ${extra.length} extra\n  missing:\n    ${show(missing)}\n  extra:\n    ${show(extra)}`;
}
