import { parseUrl } from "../http";
import type { RequestRecord, Timings } from "../model";
import type { HarNameValue, HarWrittenEntry } from "./har-log";

/**
 * What an entry written from a record lacks, beside what DevTools would have given: named in the file's comment.
 * Records keep what the panel explains, not everything DevTools held.
 */
export const FIELDS_RECORDS_LACK = [
  "cookies (still in the Cookie and Set-Cookie headers)",
  "response headersSize",
  "the initiator's kind and stack",
  "live rows' response bodies",
  "pageref and pages",
] as const;

function decodeParam(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    return text;
  }
}

/** The URL's query as HAR's queryString: name and value, decoded, in order. */
export function queryStringOf(url: string): HarNameValue[] {
  const search = parseUrl(url)?.search ?? "";
  if (search.length <= 1) return [];
  return search
    .slice(1)
    .split("&")
    .filter((pair) => pair !== "")
    .map((pair) => {
      const at = pair.indexOf("=");
      return at < 0
        ? { name: decodeParam(pair), value: "" }
        : { name: decodeParam(pair.slice(0, at)), value: decodeParam(pair.slice(at + 1)) };
    });
}

/** HAR 1.2 wants every phase: -1 where one does not apply, 0 for send/wait/receive, which may not be -1. */
function harTimingsOf(timings: Timings | undefined, timeMs: number): HarWrittenEntry["timings"] {
  const known = timings ?? { wait: Math.max(0, timeMs) };
  return {
    blocked: known.blocked ?? -1,
    dns: known.dns ?? -1,
    connect: known.connect ?? -1,
    ssl: known.ssl ?? -1,
    send: known.send ?? 0,
    wait: known.wait ?? 0,
    receive: known.receive ?? 0,
  };
}

const nameValues = (headers: RequestRecord["requestHeaders"]): HarNameValue[] =>
  headers.map(({ name, value }) => ({ name, value }));

/** The error a record keeps, as Chromium writes `_error`: null for a request still in flight. */
function errorOf(record: RequestRecord): string | null | undefined {
  if (record.pending) return null;
  return record.failure?.error;
}

/**
 * A HAR 1.2 entry written from a record: what DevTools no longer holds, or a row of an imported file. Reading it
 * back with parseHar gives the same method, URL, status, headers and failure (a status the browser withheld is
 * written as the server sent it, with the browser's error beside it, as Chromium does).
 */
export function entryOfRecord(record: RequestRecord): HarWrittenEntry {
  const body = record.responseBody;
  const error = errorOf(record);
  const entry: HarWrittenEntry = {
    startedDateTime: record.startedDateTime,
    time: Math.max(0, record.timeMs),
    request: {
      method: record.method,
      url: record.url,
      httpVersion: record.httpVersion,
      cookies: [],
      headers: nameValues(record.requestHeaders),
      queryString: queryStringOf(record.url),
      ...(record.requestBody ? { postData: { ...record.requestBody } } : {}),
      headersSize: record.requestHeadersSize,
      bodySize: record.requestBodySize,
    },
    response: {
      status: record.withheldStatus ?? record.status,
      statusText: record.statusText,
      httpVersion: record.httpVersion,
      cookies: [],
      headers: nameValues(record.responseHeaders),
      content: {
        size: Math.max(0, record.responseBodySize),
        mimeType: record.responseMimeType || "x-unknown",
        ...(body ? { text: body.text } : {}),
        ...(body?.encoding ? { encoding: body.encoding } : {}),
      },
      redirectURL: record.redirectURL,
      headersSize: -1,
      bodySize: record.responseBodySize,
      ...(record.transferSize >= 0 ? { _transferSize: record.transferSize } : {}),
      ...(error !== undefined ? { _error: error } : {}),
    },
    cache: {},
    timings: harTimingsOf(record.timings, record.timeMs),
    _resourceType: record.resourceType,
  };
  if (record.serverIPAddress) entry.serverIPAddress = record.serverIPAddress;
  if (record.fromCache) entry._fromCache = record.fromCache;
  if (record.initiator) {
    entry._initiator = {
      type: "other",
      url: record.initiator,
      ...(record.initiatorLine !== undefined ? { lineNumber: record.initiatorLine } : {}),
    };
  }
  return entry;
}
