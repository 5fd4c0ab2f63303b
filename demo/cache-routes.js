// @ts-check
// The /caching page and its /cache/* answers: caching headers as real sites send them, one verdict each on the card.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const PAGE_DIR = fileURLToPath(new URL("./page/", import.meta.url));
const PAGES = { "/caching": ["caching.html", "text/html"], "/caching.js": ["caching.js", "text/javascript"] };
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * Headers for each /cache/ route, given the answer's time. Each is what a kind of site sends: a fingerprinted
 * asset, a CDN-cached page, a per-user API answer, a file served with only Last-Modified, and mistakes.
 * @type {Record<string, (now: number) => Record<string, string>>}
 */
export const CACHE_ROUTES = {
  // A build's fingerprinted bundle: kept a year, never revalidated.
  "asset.3f9a1c.js": () => ({
    "Cache-Control": "public, max-age=31536000, immutable",
    "Content-Type": "text/javascript",
  }),
  // A page a CDN has held for 20 s: the browser keeps it 10 min, the CDN 1 h, refreshed in the background.
  article: (now) => ({
    "Cache-Control": "public, max-age=600, s-maxage=3600, stale-while-revalidate=60",
    Date: new Date(now - 20_000).toUTCString(),
    Age: "20",
    ETag: '"article-42"',
    Vary: "Accept-Encoding",
    "Content-Type": "text/html",
  }),
  // One user's data: only the browser may keep it, for a minute.
  profile: () => ({
    "Cache-Control": "private, max-age=60",
    ETag: 'W/"u7-v3"',
    Vary: "Authorization",
    "Content-Type": "application/json",
  }),
  // No Cache-Control at all: the browser estimates 10% of the 10 days since Last-Modified.
  "report.pdf": (now) => ({
    "Last-Modified": new Date(now - 10 * DAY).toUTCString(),
    "Content-Type": "application/pdf",
  }),
  // A mistake: a CDN may store a response that sets a session cookie.
  "promo-banner": () => ({
    "Cache-Control": "public, max-age=300",
    "Set-Cookie": "session=demo; Path=/; HttpOnly",
    "Content-Type": "text/html",
  }),
  // A server whose clock runs 10 minutes slow: its 5-minute max-age is spent on arrival.
  "slow-clock": (now) => ({
    "Cache-Control": "max-age=300",
    Date: new Date(now - 10 * MINUTE).toUTCString(),
    "Content-Type": "application/json",
  }),
  // Answers a shopping cart should give.
  cart: () => ({ "Cache-Control": "no-store", "Content-Type": "application/json" }),
};

/**
 * Answers /caching, its script, and /cache/<name>; false for any other path.
 * @param {URL} url @param {import("node:http").ServerResponse} res
 */
export async function answerCacheRoute(url, res) {
  const page = PAGES[/** @type {keyof typeof PAGES} */ (url.pathname)];
  if (page) {
    const text = await readFile(PAGE_DIR + page[0], "utf8");
    res
      .writeHead(200, { "Content-Type": `${page[1]}; charset=utf-8`, "Cache-Control": "no-store" })
      .end(text);
    return true;
  }
  const headersAt = url.pathname.startsWith("/cache/") ? CACHE_ROUTES[url.pathname.slice(7)] : undefined;
  if (!headersAt) return false;
  const now = Date.now();
  res.writeHead(200, { Date: new Date(now).toUTCString(), ...headersAt(now) }).end(`${url.pathname}\n`);
  return true;
}
