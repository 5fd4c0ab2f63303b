/** Headers written as a plain object, as HAR's list of { name, value }. */
const listOf = (headers: Record<string, string>) =>
  Object.entries(headers).map(([name, value]) => ({ name, value }));

/**
 * A complete HAR 1.2 entry as Chrome writes one (a GET, pending-free), for tests that build files by hand:
 * `harEntry("https://a.example/", 404, { request: { Cookie: "…" }, response: { … }, extra: { _x: 1 } })`.
 */
export function harEntry(
  url: string,
  status: number,
  options: {
    request?: Record<string, string>;
    response?: Record<string, string>;
    startedDateTime?: string;
    time?: number;
    extra?: Record<string, unknown>;
  } = {},
) {
  const time = options.time ?? 12;
  return {
    startedDateTime: options.startedDateTime ?? "2026-11-25T10:00:00.000Z",
    time,
    request: {
      method: "GET",
      url,
      httpVersion: "HTTP/1.1",
      headers: listOf(options.request ?? {}),
      cookies: [],
      queryString: [],
      headersSize: -1,
      bodySize: 0,
    },
    response: {
      status,
      statusText: "",
      httpVersion: "HTTP/1.1",
      headers: listOf(options.response ?? {}),
      cookies: [],
      content: { size: 0, mimeType: "application/json" },
      redirectURL: "",
      headersSize: -1,
      bodySize: 0,
      _error: null,
    },
    cache: {},
    timings: { send: 0, wait: time, receive: 0 },
    ...options.extra,
  };
}
