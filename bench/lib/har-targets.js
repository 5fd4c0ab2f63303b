// @ts-check
// What a busy shop's page requests, from which host, and how often it answers what: a guess at a real page's mix.
import { hex, int, pick } from "./random.js";

/** @typedef {import("./random.js").Random} Random */
export const UA =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";
export const PAGE = "https://www.example.com/";
export const TYPES = /** @type {const} */ ([
  ["fetch", 30],
  ["image", 24],
  ["xhr", 14],
  ["script", 12],
  ["stylesheet", 5],
  ["font", 3],
  ["ping", 4],
  ["preflight", 4],
  ["document", 2],
  ["other", 2],
]);
export const API_HOSTS = /** @type {const} */ ([
  ["api.example.com", 5],
  ["eu.api.example.com", 2],
  ["us.api.example.com", 2],
  ["auth.example.com", 1],
  ["graphql.example.com", 1],
]);
export const API_STATUS = /** @type {const} */ ([
  [200, 700],
  [201, 50],
  [204, 50],
  [304, 30],
  [400, 20],
  [401, 30],
  [403, 15],
  [404, 30],
  [409, 5],
  [422, 10],
  [429, 20],
  [500, 15],
  [502, 10],
  [503, 10],
  [504, 5],
  [0, 20],
]);
export const STATIC_STATUS = /** @type {const} */ ([
  [200, 860],
  [304, 80],
  [301, 5],
  [302, 5],
  [404, 20],
  [403, 5],
  [500, 5],
  [0, 20],
]);
export const ERRORS = /** @type {const} */ ([
  ["net::ERR_CONNECTION_REFUSED", 2],
  ["net::ERR_NAME_NOT_RESOLVED", 1],
  ["net::ERR_FAILED", 3],
  ["net::ERR_BLOCKED_BY_CLIENT", 2],
  ["net::ERR_ABORTED", 3],
  ["net::ERR_TIMED_OUT", 1],
  ["net::ERR_CONNECTION_RESET", 1],
]);

/** Host, path and MIME type of a request of this type. @param {Random} random @param {string} type */
export function targetOf(random, type) {
  switch (type) {
    case "fetch":
    case "xhr":
    case "preflight": {
      const host = pick(random, API_HOSTS);
      const path = pick(random, [
        [`/v2/users/${int(random, 90000)}/orders/${int(random, 900000)}`, 3],
        [`/v2/products/${int(random, 50000)}?fields=price,stock&locale=en-US`, 3],
        [`/v2/cart/${hex(random, 8)}-${hex(random, 4)}-${hex(random, 4)}-${hex(random, 12)}`, 2],
        [
          `/v2/search?q=${pick(random, [
            ["shoes", 1],
            ["red+dress", 1],
            ["laptop+bag", 1],
          ])}&page=${int(random, 9)}`,
          2,
        ],
        [`/v1/sessions/${hex(random, 24)}/refresh`, 1],
        ["/graphql", 1],
      ]);
      return { host, path, mime: "application/json" };
    }
    case "image":
      return {
        host: pick(random, [
          ["img.cdn.example.net", 3],
          ["cdn.example.net", 1],
        ]),
        path: `/images/products/${int(random, 50000)}/${pick(random, [
          ["320x320", 1],
          ["640x640", 1],
          ["1280x720", 1],
        ])}.webp`,
        mime: "image/webp",
      };
    case "script":
      return {
        host: "cdn.example.net",
        path: `/static/js/chunk-${(int(random, 400) * 2654435761).toString(16).slice(-8)}.js`,
        mime: "text/javascript",
      };
    case "stylesheet":
      return { host: "cdn.example.net", path: `/static/css/main.${hex(random, 8)}.css`, mime: "text/css" };
    case "font":
      return {
        host: "static.example.com",
        path: `/fonts/inter-${int(random, 9)}00.woff2`,
        mime: "font/woff2",
      };
    case "ping":
      return {
        host: "collect.analytics-example.org",
        path: `/g/collect?v=2&tid=G-${hex(random, 10)}`,
        mime: "",
      };
    case "document":
      return { host: "www.example.com", path: `/products/${int(random, 50000)}`, mime: "text/html" };
    default:
      return { host: "www.example.com", path: `/sw.js?v=${int(random, 99)}`, mime: "text/javascript" };
  }
}
