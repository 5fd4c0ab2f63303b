// @ts-check
// The demo: a node:http server whose page produces every class of status, plus the failures a page meets.
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import { answerApi, closeOpenStreams, openApiPaths } from "./app-routes.js";
import { answerCacheRoute } from "./cache-routes.js";
import { answerCorsReason } from "./cors-reasons.js";
import { HOSTILE_ROUTES, startHostileServer, URL_PAYLOAD } from "./hostile-routes.js";
import { REDIRECTS, STATUS_ROUTES } from "./routes.js";
import { answerWebSocketUpgrade } from "./websocket.js";

const PAGE_DIR = fileURLToPath(new URL("./page/", import.meta.url));
const STATIC = {
  "/": ["index.html", "text/html"],
  "/demo.js": ["demo.js", "text/javascript"],
  "/demo.css": ["demo.css", "text/css"],
  "/app": ["app.html", "text/html"],
  "/app.js": ["app.js", "text/javascript"],
  "/cors": ["cors.html", "text/html"],
  "/cors.js": ["cors.js", "text/javascript"],
  "/hostile": ["hostile.html", "text/html"],
  "/hostile.js": ["hostile.js", "text/javascript"],
  "/websockets": ["websockets.html", "text/html"],
  "/websockets.js": ["websockets.js", "text/javascript"],
};

/**
 * One answer the server gave, or a connection the client dropped before it answered.
 * @typedef {{ origin: "main" | "cross-origin" | "devtools", method: string, path: string, status: number | "aborted" }} LogEntry
 */

/**
 * The cross-origin server's CORS answers for the /cors page. Both preflights name the page's origin; only
 * /preflight/ok also allows PUT and Content-Type, so only its PUT is sent, and answered with a matching origin.
 * @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res
 * @param {string} pageOrigin
 */
function answerPreflightRoute(req, res, pageOrigin) {
  const allowOrigin = { "Access-Control-Allow-Origin": pageOrigin };
  if (req.method === "OPTIONS") {
    const allowed = req.url === "/preflight/ok";
    res.writeHead(204, {
      ...allowOrigin,
      ...(allowed
        ? { "Access-Control-Allow-Methods": "PUT", "Access-Control-Allow-Headers": "Content-Type" }
        : {}),
    });
    res.end();
    return;
  }
  res.writeHead(200, { ...allowOrigin, "Content-Type": "application/json" }).end('{"saved":true}');
}

/**
 * A 1×1 GIF that only same-origin pages may embed (Cross-Origin-Resource-Policy: same-origin): the /cors page's
 * image from this server is blocked by the browser after it arrives (net::ERR_BLOCKED_BY_RESPONSE).
 * @param {import("node:http").ServerResponse} res
 */
function answerImage(res) {
  const gif = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");
  res.writeHead(200, { "Content-Type": "image/gif", "Cross-Origin-Resource-Policy": "same-origin" }).end(gif);
}

/** @param {import("node:net").Server} server @param {number} port */
function listen(server, port) {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      const address = server.address();
      resolve(typeof address === "object" && address ? address.port : port);
    });
  });
}

/** Listens on the wanted port, or on a free one when that is taken. @param {import("node:http").Server} server @param {number} port */
async function listenPreferring(server, port) {
  try {
    return await listen(server, port);
  } catch (error) {
    if (port === 0 || /** @type {NodeJS.ErrnoException} */ (error).code !== "EADDRINUSE") throw error;
    return listen(server, 0);
  }
}

/** A port nothing listens on: bound, then closed, so a fetch to it is refused (port 1 would be ERR_UNSAFE_PORT). */
async function closedPort() {
  const probe = createServer();
  const port = await listen(probe, 0);
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** @param {{ port?: number, corsPort?: number, hostilePort?: number }} [options] */
export async function startDemoServer(options = {}) {
  /** @type {LogEntry[]} */
  const log = [];
  let config = "{}";

  const main = createServer((req, res) => {
    const path = req.url ?? "/";
    // DevTools asks every page for its workspace file on its own: not the page's traffic.
    const origin = path.startsWith("/.well-known/appspecific/") ? "devtools" : "main";
    let logged = false;
    // Logged once: when the headers go out (API routes, whose bodies may never be read), else when it finishes.
    const record = (/** @type {number | "aborted"} */ status) => {
      if (!logged) log.push({ origin, method: req.method ?? "GET", path, status });
      logged = true;
    };
    res.on("finish", () => record(res.statusCode));
    res.on("close", () => {
      if (!res.writableFinished) record("aborted");
    });
    answerMain(req, res, config, record).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  /** WebSocket connections still open, with their paths. @type {Map<import("node:stream").Duplex, string>} */
  const upgraded = new Map();
  main.on("upgrade", (req, socket) => {
    upgraded.set(socket, req.url ?? "/");
    socket.on("close", () => upgraded.delete(socket));
    if (answerWebSocketUpgrade(req, socket))
      log.push({ origin: "main", method: "GET", path: req.url ?? "/", status: 101 });
  });

  // A second origin that never sends Access-Control-Allow-Origin, so the browser blocks what it answers, except
  // under /preflight/ (the /cors page), where it answers preflights: /preflight/ok allows PUT, /preflight/denied
  // names the page's origin but no methods, so the browser never sends the PUT.
  const crossOrigin = createServer((req, res) => {
    res.on("finish", () =>
      log.push({
        origin: "cross-origin",
        method: req.method ?? "GET",
        path: req.url ?? "/",
        status: res.statusCode,
      }),
    );
    if (answerCorsReason(req, res, url.slice(0, -1))) return;
    if (req.url?.startsWith("/preflight/")) answerPreflightRoute(req, res, url.slice(0, -1));
    else if (req.url?.startsWith("/image/")) answerImage(res);
    else res.writeHead(200, { "Content-Type": "application/json" }).end('{"secret":true}');
  });

  const mainPort = await listenPreferring(main, options.port ?? 8077);
  const corsPort = await listenPreferring(crossOrigin, options.corsPort ?? 8078);
  const refusedPort = await closedPort();
  // The /hostile page's answers come from a raw socket server: node:http cannot write most of them.
  const hostile = startHostileServer();
  const hostilePort = await listen(hostile, options.hostilePort ?? 0);
  const hostileUrl = `http://127.0.0.1:${hostilePort}/h/`;
  const url = `http://127.0.0.1:${mainPort}/`;
  const corsUrl = `http://127.0.0.1:${corsPort}/data`;
  const refusedUrl = `http://127.0.0.1:${refusedPort}/unreachable`;
  const preflightUrl = `http://127.0.0.1:${corsPort}/preflight/`;
  const reasonUrl = `http://127.0.0.1:${corsPort}/reason/`;
  const hostilePaths = [...Object.keys(HOSTILE_ROUTES), URL_PAYLOAD];
  config = JSON.stringify({ corsUrl, refusedUrl, preflightUrl, reasonUrl, hostileUrl, hostilePaths });

  return {
    url,
    corsUrl,
    hostileUrl,
    refusedUrl,
    log,
    /** Requests the server arranged to fail before reaching any server: the refused connection. */
    unreachable: [refusedUrl],
    /** Paths of the connections still open: EventSource streams, hanging fetches, WebSockets. */
    openPaths: () => [...openApiPaths(), ...upgraded.values()],
    // Browsers keep connections alive: end them, or close() waits for them forever.
    close: () => {
      for (const socket of upgraded.keys()) socket.destroy();
      closeOpenStreams();
      return Promise.all([
        ...[main, crossOrigin].map((server) => {
          server.closeAllConnections();
          return new Promise((resolve) => server.close(resolve));
        }),
        new Promise((resolve) => hostile.close(resolve)),
      ]);
    },
  };
}

/**
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {string} config
 * @param {(status: number) => void} logAnswer
 */
async function answerMain(req, res, config, logAnswer) {
  const url = new URL(req.url ?? "/", "http://demo.invalid");
  if (answerApi(url, res, logAnswer)) return;
  if (await answerCacheRoute(url, res)) return;
  const page = STATIC[/** @type {keyof typeof STATIC} */ (url.pathname)];
  if (page) {
    const text = await readFile(PAGE_DIR + page[0], "utf8");
    res.writeHead(200, { "Content-Type": `${page[1]}; charset=utf-8`, "Cache-Control": "no-store" });
    res.end(text.replace("__DEMO_CONFIG__", config.replaceAll("&", "&amp;").replaceAll('"', "&quot;")));
    return;
  }
  const [, kind, arg] = url.pathname.split("/");
  if (kind === "status" && arg && STATUS_ROUTES[Number(arg)]) {
    const route = STATUS_ROUTES[Number(arg)] ?? {};
    // no-store: 404, 410 and other codes are cacheable by default, and a cached answer never reaches this log.
    const headers = {
      "Cache-Control": "no-store",
      ...(route.type ? { "Content-Type": route.type } : {}),
      ...route.headers,
    };
    res.writeHead(Number(arg), route.reason ?? "", headers).end(route.body);
  } else if (kind === "redirect" && arg && arg in REDIRECTS) {
    res.writeHead(Number(arg), { Location: `/status/200?via=${arg}`, "Cache-Control": "no-store" }).end();
  } else if (kind === "loop") {
    // Two URLs that redirect to each other until the browser gives up (net::ERR_TOO_MANY_REDIRECTS).
    res.writeHead(302, { Location: arg === "a" ? "/loop/b" : "/loop/a", "Cache-Control": "no-store" }).end();
  } else if (kind === "etag") {
    const etag = '"v1"';
    if (req.headers["if-none-match"] === etag) res.writeHead(304, { ETag: etag }).end();
    else
      res
        .writeHead(200, { ETag: etag, "Cache-Control": "no-cache", "Content-Type": "text/plain" })
        .end("versioned");
  } else if (kind === "range") {
    const body = "0123456789abcdefghij";
    res
      .writeHead(206, { "Content-Range": `bytes 0-9/${body.length}`, "Content-Type": "text/plain" })
      .end(body.slice(0, 10));
  } else if (kind === "ads") {
    // The demo blocker extension stops this before it leaves the browser; without it, it is an ordinary script.
    res.writeHead(200, { "Content-Type": "text/javascript" }).end("// an ad");
  } else if (kind === "slow") {
    // Answers too late on purpose: the page aborts this fetch first.
    setTimeout(() => res.writableEnded || res.destroyed || res.writeHead(200).end("late"), 10_000).unref();
  } else {
    res.writeHead(404, { "Content-Type": "text/plain" }).end("not a demo route");
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const demo = await startDemoServer({
    port: Number(process.env.DEMO_PORT ?? 8077),
    corsPort: Number(process.env.DEMO_CORS_PORT ?? 8078),
  });
  console.log(`Status Lens demo at ${demo.url} (cross-origin server ${demo.corsUrl})`);
}
