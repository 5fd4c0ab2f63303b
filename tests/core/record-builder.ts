import type { HeaderField, RequestRecord } from "../../src/core/model";
import { bucketOfStatus } from "../../src/core/model";

/** Headers written as a plain object, for short tests: `{ "Retry-After": "42" }`; arrays give duplicated headers. */
export type HeaderSpec = Record<string, string | readonly string[]> | readonly HeaderField[];

export interface RecordOverrides extends Partial<Omit<RequestRecord, "requestHeaders" | "responseHeaders">> {
  requestHeaders?: HeaderSpec;
  responseHeaders?: HeaderSpec;
}

export function headersOf(init: HeaderSpec | undefined): HeaderField[] {
  if (!init) return [];
  if (Array.isArray(init)) return init.map((field: HeaderField) => ({ ...field }));
  return Object.entries(init as Record<string, string | readonly string[]>).flatMap(([name, value]) =>
    typeof value === "string" ? [{ name, value }] : value.map((v) => ({ name, value: v })),
  );
}

/** Splits the URL with a regex so tests do not depend on the normalizer. */
function urlParts(url: string): { scheme: string; host: string; path: string } {
  const match = /^([a-z][a-z0-9+.-]*):(?:\/\/([^/?#]*))?([^#]*)/i.exec(url);
  if (!match) return { scheme: "", host: "", path: url };
  return { scheme: (match[1] ?? "").toLowerCase(), host: match[2] ?? "", path: match[3] || "/" };
}

let counter = 0;

/** A plausible 200 GET unless told otherwise; scheme/host/path and bucket follow url and status when not given. */
export function recordWith(overrides: RecordOverrides = {}): RequestRecord {
  const { requestHeaders, responseHeaders, ...rest } = overrides;
  const url = rest.url ?? "https://example.com/api/items";
  const status = rest.status ?? 200;
  counter++;
  return {
    id: `r${counter}`,
    index: counter,
    startedDateTime: "2026-11-25T10:00:00.000Z",
    method: "GET",
    statusText: "",
    httpVersion: "HTTP/1.1",
    resourceType: "fetch",
    requestHeadersSize: -1,
    requestBodySize: 0,
    responseBodySize: -1,
    transferSize: -1,
    responseMimeType: "",
    serverIPAddress: "",
    redirectURL: "",
    timeMs: -1,
    ...urlParts(url),
    bucket: rest.failure ? "failed" : bucketOfStatus(status),
    ...rest,
    url,
    status,
    requestHeaders: headersOf(requestHeaders),
    responseHeaders: headersOf(responseHeaders),
  };
}
