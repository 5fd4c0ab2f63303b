// @ts-check
// The app-like routes: an API answered the way ordinary back ends answer, and streams that stay open.
// Each answer is logged as soon as its headers go out, because the page never reads most bodies to the end
// and the streams never end: a log written on "finish" would miss exactly what the panel must list.

/** @typedef {(status: number) => void} LogAnswer */

/** What /api/<name> answers; the page (demo/page/app.js) fetches each and reads none of the failing bodies. */
const API = {
  user: { status: 200, body: '{"id":7,"name":"Ada"}' },
  orders: { status: 200, body: '{"orders":[]}' },
  missing: { status: 404, body: '{"error":"no such order"}' },
  avatar: { status: 404, body: '{"error":"no avatar"}' },
  report: { status: 500, body: '{"error":"report generator crashed"}' },
  search: { status: 503, body: '{"error":"search is warming up"}', headers: { "Retry-After": "30" } },
  same: { status: 200, body: '{"same":true}' },
};

/** Streams and hanging requests kept open until the server closes, by path; closed on shutdown. */
/** @type {Map<import("node:http").ServerResponse, string>} */
const open = new Map();

/** Paths of the streams and hanging requests still open, so a test can tell they have not ended. */
export function openApiPaths() {
  return [...open.values()];
}

/**
 * Answers /api/*; returns false for any other path.
 * @param {URL} url
 * @param {import("node:http").ServerResponse} res
 * @param {LogAnswer} logAnswer
 */
export function answerApi(url, res, logAnswer) {
  const [, prefix, name] = url.pathname.split("/");
  if (prefix !== "api" || !name) return false;
  if (name === "events") {
    // Server-sent events: one event, then the stream stays open.
    res.writeHead(200, { "Content-Type": "text/event-stream", "Cache-Control": "no-store" });
    logAnswer(200);
    res.write("data: connected\n\n");
    open.set(res, url.pathname);
    res.on("close", () => open.delete(res));
    return true;
  }
  if (name === "hang") {
    // Never answers: the request stays pending in the browser.
    open.set(res, url.pathname);
    res.on("close", () => open.delete(res));
    return true;
  }
  const route = API[/** @type {keyof typeof API} */ (name)] ?? (name === "item" ? itemRoute(url) : undefined);
  if (!route) return false;
  res.writeHead(route.status, {
    "Content-Type": "application/json",
    "Cache-Control": "no-store",
    ...("headers" in route ? route.headers : {}),
  });
  logAnswer(route.status);
  res.end(route.body);
  return true;
}

/** /api/item?i=N for the burst: mostly 200, every 10th a 404 and every 50th a 500, so every class is busy. */
function itemRoute(/** @type {URL} */ url) {
  const i = Number(url.searchParams.get("i") ?? 0);
  const status = i % 50 === 49 ? 500 : i % 10 === 9 ? 404 : 200;
  return { status, body: `{"i":${i}}` };
}

/** Ends every stream and hanging request, so the server can close. */
export function closeOpenStreams() {
  for (const res of open.keys()) res.destroy();
  open.clear();
}
