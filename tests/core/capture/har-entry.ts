/** A Chromium-style getHAR entry, small enough for tests that build a DevTools log by hand. */
export interface EntrySpec {
  url: string;
  started: number;
  /** "pending", a status, or "failed" (status 0 with an error). */
  state: "pending" | "failed" | number;
  method?: string;
  resourceType?: string;
  time?: number;
  /** DevTools' id of the page load the request belongs to. */
  pageref?: string;
}

export function harEntry(spec: EntrySpec) {
  const status = typeof spec.state === "number" ? spec.state : 0;
  return {
    startedDateTime: new Date(spec.started).toISOString(),
    time: spec.time ?? (spec.state === "pending" ? 0 : 12),
    _resourceType: spec.resourceType ?? "fetch",
    ...(spec.pageref ? { pageref: spec.pageref } : {}),
    request: { method: spec.method ?? "GET", url: spec.url, httpVersion: "HTTP/1.1", headers: [] },
    response: {
      status,
      statusText: "",
      httpVersion: "HTTP/1.1",
      headers: [],
      redirectURL: "",
      _error: spec.state === "failed" ? "net::ERR_FAILED" : null,
      _transferSize: status ? 200 : 0,
      content: { size: status ? 20 : 0, mimeType: "application/json" },
    },
  };
}
