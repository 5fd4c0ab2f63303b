// @ts-check
// A loopback server for the live-load row: its page fetches /r/<n> at a steady rate and reads every body (so
// DevTools finishes each request), and the server counts every request it answered, to check the panel lists each.
import { createServer } from "node:http";

// A mix a busy app sees: mostly 200, some 404, 429 and 500, each with the headers a real API sends.
const STATUSES = [200, 200, 200, 200, 200, 200, 200, 404, 429, 500];

/**
 * The page: `per` fetches every 10 ms until `total` were made, spread over HOSTS loopback names (Chromium opens at
 * most 6 connections per host) and at most INFLIGHT at once (more and Chromium fails them with
 * ERR_INSUFFICIENT_RESOURCES); the body says "done <failed>" once all settled.
 */
const loadPage = (
  /** @type {number} */ total,
  /** @type {number} */ per,
) => `<!doctype html><title>load</title>
<script>
const HOSTS = 8, INFLIGHT = 200;
let made = 0, inflight = 0, failed = 0, settled = 0;
const one = (n) => {
  inflight++;
  fetch("http://127.0.0." + (1 + (n % HOSTS)) + ":" + location.port + "/r/" + n)
    .then((r) => r.text(), (e) => { failed++; window.lastError = String(e); })
    .finally(() => { inflight--; settled++; if (settled === ${total}) document.body.dataset.load = "done " + failed; });
};
const timer = setInterval(() => {
  for (let i = 0; i < ${per} && made < ${total} && inflight < INFLIGHT; i++) one(made++);
  if (made >= ${total}) clearInterval(timer);
}, 10);
</script><body>`;

/** @returns {Promise<{ url: string, answered: () => number, close: () => Promise<void> }>} */
export async function startLoadServer() {
  let answered = 0;
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    // DevTools itself asks this (its automatic workspace), outside the page's network log: not counted.
    if (url.pathname === "/.well-known/appspecific/com.chrome.devtools.json") {
      response.writeHead(404).end();
      return;
    }
    // Every other request counts, the favicon too: DevTools lists it.
    answered++;
    if (url.pathname === "/load") {
      const total = Number(url.searchParams.get("total") ?? 10_000);
      const per = Number(url.searchParams.get("per") ?? 10);
      response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
      response.end(loadPage(total, per));
      return;
    }
    const n = Number(url.pathname.slice("/r/".length));
    if (!url.pathname.startsWith("/r/") || !Number.isInteger(n)) {
      response.writeHead(404).end();
      return;
    }
    const status = STATUSES[n % STATUSES.length] ?? 200;
    response.writeHead(status, {
      "content-type": "application/json",
      "cache-control": "no-store",
      "x-request-id": `req-${n}`,
      "access-control-allow-origin": "*",
      ...(status === 429 ? { "retry-after": "2" } : {}),
    });
    response.end(JSON.stringify({ n, status }));
  });
  await new Promise((resolve) => server.listen(0, "0.0.0.0", () => resolve(undefined)));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("the load server has no port");
  return {
    url: `http://127.0.0.1:${address.port}`,
    answered: () => answered,
    close: () => new Promise((resolve) => server.close(() => resolve()) && server.closeAllConnections()),
  };
}
