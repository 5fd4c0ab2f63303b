// @ts-check
// The /hostile page's answers, written byte by byte from a raw socket server: node:http refuses status lines
// outside 100–999, control characters in headers and header names that are no token. Each answer carries page
// data meant to run (HTML, javascript: and data: URLs) or to mislead (control characters, RTL overrides).
// What Chromium 156 makes of each is recorded beside it (DevTools' own Status cell, via devtoolsStatusCells).
import { createServer } from "node:net";

/** Set by any payload that runs; the hostile e2e checks it stays unset in the panel and the devtools page. */
export const MARKER = "statusLensPwned";
export const HTML = `<img src=x onerror="window.${MARKER}=1;alert(1)"><script>window.${MARKER}=1</script>`;
export const JS_URL = `javascript:window.${MARKER}=1;alert(1)`;
export const DATA_URL = `data:text/html,<script>window.${MARKER}=1</script>`;
const RLO = "\u202e";
const CONTROL = "\x01\x07\x1b]0;pwned\x07\x1b[31m\x7f";

/**
 * @typedef {{ status: string, reason: string, headers?: [string, string][], body?: string, type?: string }} RawAnswer
 */

const problem = {
  type: JS_URL,
  title: HTML,
  detail: `${RLO}gnp.exe${CONTROL}`,
  instance: DATA_URL,
  errors: [{ pointer: "/<script>", detail: HTML }],
};

/**
 * Paths under /h/ and their answers. The odd status lines, and what Chromium 156 turned each into (recorded in
 * the hostile e2e, which fails if that changes): see ODD_STATUS_SEEN below.
 * @type {Record<string, RawAnswer>}
 */
export const HOSTILE_ROUTES = {
  "status-0": { status: "0", reason: "Zero" },
  "status-1": { status: "1", reason: "One" },
  "status-99": { status: "99", reason: "Ninety-nine" },
  "status-600": { status: "600", reason: "Six hundred" },
  "status-999": { status: "999", reason: "Nine nine nine" },
  "status-1000": { status: "1000", reason: "One thousand" },
  "reason-html": { status: "200", reason: HTML },
  "reason-controls": { status: "404", reason: `Not ${RLO}Found${CONTROL}` },
  "header-payloads": {
    status: "200",
    reason: "OK",
    headers: [
      ["X-Html", HTML],
      ["X-Js-Url", JS_URL],
      ["X-Data-Url", DATA_URL],
      ["X-Controls", `${RLO}txt.exe${CONTROL}`],
      [`X-<img src=x onerror=alert(1)>`, "a header name that is no token"],
      ["WWW-Authenticate", `Bearer realm="${HTML}", error_description="${JS_URL}"`],
      ["Refresh", `0; url=${JS_URL}`],
    ],
  },
  "location-js": { status: "201", reason: "Created", headers: [["Location", JS_URL]] },
  "location-data": { status: "302", reason: "Found", headers: [["Location", DATA_URL]] },
  link: {
    status: "200",
    reason: "OK",
    headers: [
      ["Link", `<${JS_URL}>; rel="help"; title="${HTML}", <${DATA_URL}>; rel="preload"`],
      ["Link", `<https://example.test/ok>; rel="describedby"`],
    ],
  },
  problem: {
    status: "422",
    reason: "Unprocessable Content",
    type: "application/problem+json",
    body: JSON.stringify(problem),
  },
  "body-html": {
    status: "500",
    reason: "Internal Server Error",
    type: "text/html",
    body: `<!doctype html>${HTML}\0<a href="${JS_URL}">x</a>\0${RLO}${CONTROL}`,
  },
  // One header of 250,000 bytes: just under Chromium's 256 KiB for all response headers.
  "header-big": { status: "200", reason: "OK", headers: [["X-Big", `${HTML}${"a".repeat(250_000)}`]] },
  "headers-5000": {
    status: "200",
    reason: "OK",
    headers: Array.from({ length: 5000 }, (_, i) => [`X-H-${i}`, i % 500 === 0 ? HTML : `v${i}`]),
  },
  // NUL is allowed in no header: what the browser does with one is part of the record.
  "header-nul": { status: "200", reason: "OK", headers: [["X-Nul", "a\0b"]] },
};

/** What the page fetches under /h/url/: a URL path and query carrying payloads (the browser percent-encodes some). */
export const URL_PAYLOAD = `url/<img src=x onerror=alert(1)>/${encodeURIComponent(JS_URL)}/%00/${RLO}?q="><script>alert(1)</script>&u=${JS_URL}`;

/** @param {RawAnswer} answer */
function bytesOf(answer) {
  const body = Buffer.from(answer.body ?? "ok", "utf8");
  const headers = [
    ["Access-Control-Allow-Origin", "*"],
    ["Access-Control-Expose-Headers", "*"],
    ["Content-Type", answer.type ?? "text/plain"],
    ["Cache-Control", "no-store"],
    ["Connection", "close"],
    ["Content-Length", String(body.length)],
    ...(answer.headers ?? []),
  ];
  const head = [
    `HTTP/1.1 ${answer.status} ${answer.reason}`,
    ...headers.map(([n, v]) => `${n}: ${v}`),
    "",
    "",
  ].join("\r\n");
  // Page text goes out as UTF-8 bytes, as a server would send it; the browser reads header bytes as Latin-1.
  return Buffer.concat([Buffer.from(head, "utf8"), body]);
}

/** Starts the raw server; every answer closes its connection. */
export function startHostileServer() {
  const server = createServer((socket) => {
    let head = "";
    socket.on("error", () => socket.destroy());
    socket.on("data", (chunk) => {
      head += chunk.toString("latin1");
      if (!head.includes("\r\n\r\n")) return;
      const target = /^[A-Z]+ (\S+)/.exec(head)?.[1] ?? "/";
      const name = target.replace(/^\/h\//, "").split("?")[0] ?? "";
      const answer = name.startsWith("url/")
        ? { status: "200", reason: "OK" }
        : (HOSTILE_ROUTES[name] ?? { status: "404", reason: "Not a hostile route" });
      socket.end(bytesOf(answer));
    });
  });
  return server;
}
