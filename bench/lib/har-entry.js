// @ts-check
// One Chromium 156 HAR entry, shaped as DevTools writes it (fields, order, HTTP/2 pseudo-headers, cookies,
// `_initiator` stacks, timings with Chromium's extra phases, `_error` and status 0 on failures).

import { API_STATUS, ERRORS, PAGE, STATIC_STATUS, TYPES, targetOf, UA } from "./har-targets.js";
import { hex, int, pick } from "./random.js";

/** @typedef {import("./random.js").Random} Random */
// The page's own bundles: every stack points into one of these few.
const SCRIPTS = /** @type {const} */ ([
  ["app.3f9c2a71", 4],
  ["vendor.8d21e0b4", 2],
  ["checkout.51ae77c9", 1],
]);
const header = (/** @type {string} */ name, /** @type {string} */ value) => ({ name, value });
const round3 = (/** @type {number} */ ms) => Math.round(ms * 1000) / 1000;
const API = new Set(["fetch", "xhr", "preflight"]);
const DEST = /** @type {Record<string, string>} */ ({
  image: "image",
  script: "script",
  stylesheet: "style",
});

/** @param {Random} random @param {string} type @param {string} host @param {string} path @param {string} method */
function requestHeadersOf(random, type, host, path, method) {
  const headers = [
    header(":authority", host),
    header(":method", method),
    header(":path", path),
    header(":scheme", "https"),
    header("accept", API.has(type) ? "application/json, text/plain, */*" : "*/*"),
    header("accept-encoding", "gzip, deflate, br, zstd"),
    header("accept-language", "en-US,en;q=0.9"),
    header("referer", PAGE),
    header("sec-ch-ua", '"Not:A-Brand";v="8", "Chromium";v="156"'),
    header("sec-ch-ua-mobile", "?0"),
    header("sec-ch-ua-platform", '"Linux"'),
    header("sec-fetch-dest", type === "document" ? "document" : (DEST[type] ?? "empty")),
    header("sec-fetch-mode", API.has(type) ? "cors" : "no-cors"),
    header("sec-fetch-site", host.endsWith("example.com") ? "same-site" : "cross-site"),
    header("user-agent", UA),
  ];
  if (API.has(type)) {
    headers.push(header("origin", "https://www.example.com"));
    headers.push(
      header("authorization", `Bearer eyJhbGciOiJIUzI1NiJ9.${hex(random, 48)}.${hex(random, 43)}`),
    );
  }
  if (method === "POST") headers.push(header("content-type", "application/json"));
  return headers;
}

/** @param {Random} random @param {number} status @param {string} mime @param {string} host @param {string} date */
function responseHeadersOf(random, status, mime, host, date) {
  const headers = [
    header("date", date),
    header("server", host.startsWith("cdn") || host.startsWith("img") ? "cloudflare" : "nginx"),
    header("cache-control", mime.startsWith("application/json") ? "no-store" : "public, max-age=31536000"),
    header("content-type", mime || "text/plain"),
    header("vary", "Accept-Encoding, Origin"),
    header("access-control-allow-origin", "https://www.example.com"),
  ];
  // A CDN names its edge and validates by ETag; the API traces each call.
  if (host.startsWith("cdn") || host.startsWith("img"))
    headers.push(header("cf-ray", `${hex(random, 16)}-FRA`), header("etag", `W/"${hex(random, 16)}"`));
  else headers.push(header("x-request-id", `${hex(random, 8)}-${hex(random, 4)}-${hex(random, 12)}`));
  if (status !== 204 && status !== 304) {
    headers.push(header("content-encoding", "br"));
    headers.push(header("content-length", String(int(random, 40000))));
  }
  if (status === 301 || status === 302) headers.push(header("location", `${PAGE}moved/${int(random, 999)}`));
  if (status === 401) headers.push(header("www-authenticate", 'Bearer realm="api", error="invalid_token"'));
  if (status === 429 || status === 503) headers.push(header("retry-after", String(int(random, 120))));
  if (status === 429) headers.push(header("ratelimit", `limit=100, remaining=0, reset=${int(random, 60)}`));
  return headers;
}

/** @param {Random} random @param {string} type */
function initiatorOf(random, type) {
  if (type === "document") return { type: "other" };
  if (!API.has(type)) return { type: "parser", url: PAGE, lineNumber: int(random, 400) };
  const frame = (/** @type {string} */ functionName) => ({
    functionName,
    scriptId: String(int(random, 90)),
    url: `https://cdn.example.net/static/js/${pick(random, SCRIPTS)}.js`,
    lineNumber: int(random, 9000),
    columnNumber: int(random, 200),
  });
  const callFrames = [frame("request"), frame("")];
  return {
    type: "script",
    stack: { callFrames, parent: { description: "await", callFrames: [frame("load")] } },
  };
}

/** @param {Random} random @param {boolean} failed */
function timingsOf(random, failed) {
  const fresh = random() < 0.1;
  const timings = {
    blocked: round3(random() * 8),
    dns: fresh ? round3(random() * 30) : -1,
    ssl: fresh ? round3(random() * 40) : -1,
    connect: fresh ? round3(random() * 60) : -1,
    send: round3(random() * 0.5),
    wait: failed ? 0 : round3(random() * 400),
    receive: failed ? 0 : round3(random() * 50),
    _blocked_queueing: round3(random() * 4),
  };
  const time = [timings.blocked, timings.connect, timings.send, timings.wait, timings.receive]
    .filter((ms) => ms > 0)
    .reduce((a, b) => a + b, 0);
  return { timings, time: round3(time) };
}

/** A JSON body of a few hundred bytes to a few KB, as an API answers. @param {Random} random */
function jsonBodyOf(random) {
  const items = Array.from({ length: int(random, 8) }, () => ({
    id: int(random, 900000),
    sku: hex(random, 10),
    price: int(random, 50000) / 100,
    name: pick(random, [
      ["Trail runner", 1],
      ["Canvas tote", 1],
      ["Wool scarf", 1],
      ["Desk lamp", 1],
    ]),
  }));
  return JSON.stringify({
    items,
    total: items.length,
    next: random() < 0.5 ? null : `/v2/page/${int(random, 99)}`,
  });
}

/** @param {Random} random @param {number} index @param {number} started ms since the epoch */
export function entryOf(random, index, started) {
  const type = pick(random, TYPES);
  const { host, path, mime } = targetOf(random, type);
  const method = type === "preflight" ? "OPTIONS" : API.has(type) && random() < 0.25 ? "POST" : "GET";
  const status = type === "preflight" ? 204 : pick(random, API.has(type) ? API_STATUS : STATIC_STATUS);
  const failed = status === 0;
  const { timings, time } = timingsOf(random, failed);
  const body =
    !failed && mime === "application/json" && status !== 204 && random() < 0.2
      ? jsonBodyOf(random)
      : undefined;
  const url = `https://${host}${path}`;
  const query = path.split("?")[1] ?? "";
  return {
    _connectionId: String(1000 + (index % 64)),
    _initiator: initiatorOf(random, type),
    _priority: pick(random, [
      ["High", 2],
      ["Low", 1],
      ["VeryHigh", 1],
    ]),
    _resourceType: type,
    cache: {},
    connection: "443",
    pageref: "page_1",
    request: {
      method,
      url,
      httpVersion: "http/2.0",
      headers: requestHeadersOf(random, type, host, path, method),
      queryString: query
        ? query.split("&").map((pair) => header(.../** @type {[string, string]} */ (pair.split("="))))
        : [],
      cookies: API.has(type)
        ? [
            {
              name: "sid",
              value: hex(random, 32),
              path: "/",
              domain: ".example.com",
              expires: null,
              httpOnly: true,
              secure: true,
            },
          ]
        : [],
      headersSize: -1,
      bodySize: method === "POST" ? 64 : 0,
      ...(method === "POST"
        ? {
            postData: {
              mimeType: "application/json",
              text: `{"sku":"${hex(random, 10)}","quantity":${int(random, 5)}}`,
            },
          }
        : {}),
    },
    response: {
      status,
      statusText: "",
      httpVersion: failed ? "" : "http/2.0",
      headers: failed ? [] : responseHeadersOf(random, status, mime, host, new Date(started).toUTCString()),
      cookies: [],
      content: {
        size: body?.length ?? (failed ? 0 : int(random, 40000)),
        mimeType: failed ? "x-unknown" : mime || "x-unknown",
        ...(body ? { text: body } : {}),
      },
      redirectURL: status === 301 || status === 302 ? `${PAGE}moved` : "",
      headersSize: -1,
      bodySize: failed ? -1 : int(random, 20000),
      _transferSize: failed ? 0 : int(random, 20000),
      _error: failed ? pick(random, ERRORS) : null,
      _fetchedViaServiceWorker: false,
    },
    serverIPAddress: failed ? "" : `203.0.113.${int(random, 250)}`,
    startedDateTime: new Date(started).toISOString(),
    time,
    timings,
  };
}
