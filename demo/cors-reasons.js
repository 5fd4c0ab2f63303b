// @ts-check
// The cross-origin server's answers under /reason/<name>: each breaks one CORS rule, so the /cors page shows one
// failed request per reason Chromium names (its DevTools issue's corsError). /reason/allowed breaks none.

/**
 * What each route's preflight (OPTIONS) and real request get back; `origin` stands for the page's origin.
 * @typedef {{ status?: number, headers: Record<string, string | string[]> }} Answer
 * @type {Record<string, { preflight?: Answer, response?: Answer }>}
 */
export const CORS_REASON_ROUTES = {
  allowed: { response: { headers: { "Access-Control-Allow-Origin": "origin" } } },
  "no-allow-origin": { response: { headers: {} } },
  "other-origin": { response: { headers: { "Access-Control-Allow-Origin": "https://app.example.com" } } },
  "trailing-slash": { response: { headers: { "Access-Control-Allow-Origin": "origin/" } } },
  "null-origin": { response: { headers: { "Access-Control-Allow-Origin": "null" } } },
  "two-origins": {
    response: { headers: { "Access-Control-Allow-Origin": ["origin", "https://app.example.com"] } },
  },
  "wildcard-credentials": { response: { headers: { "Access-Control-Allow-Origin": "*" } } },
  "credentials-not-allowed": { response: { headers: { "Access-Control-Allow-Origin": "origin" } } },
  "preflight-status": {
    preflight: {
      status: 403,
      headers: { "Access-Control-Allow-Origin": "origin", "Access-Control-Allow-Methods": "PUT" },
    },
  },
  "preflight-redirect": { preflight: { status: 307, headers: { Location: "/reason/allowed" } } },
  "preflight-no-allow-origin": {
    preflight: {
      headers: { "Access-Control-Allow-Methods": "PUT", "Access-Control-Allow-Headers": "Content-Type" },
    },
  },
  "method-not-allowed": {
    preflight: {
      headers: { "Access-Control-Allow-Origin": "origin", "Access-Control-Allow-Methods": "GET, POST" },
    },
  },
  "header-not-allowed": {
    preflight: {
      headers: { "Access-Control-Allow-Origin": "origin", "Access-Control-Allow-Headers": "Content-Type" },
    },
  },
  "authorization-wildcard": {
    preflight: { headers: { "Access-Control-Allow-Origin": "*", "Access-Control-Allow-Headers": "*" } },
  },
};

/**
 * Answers /reason/<name> on the cross-origin server; false when the path is not one of them.
 * @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res
 * @param {string} pageOrigin
 */
export function answerCorsReason(req, res, pageOrigin) {
  const name = (req.url ?? "").match(/^\/reason\/([a-z-]+)$/)?.[1];
  const route = name ? new Map(Object.entries(CORS_REASON_ROUTES)).get(name) : undefined;
  if (!route) return false;
  const preflight = req.method === "OPTIONS";
  const answer = (preflight ? route.preflight : route.response) ?? {
    headers: { "Access-Control-Allow-Origin": "origin" },
  };
  /** @param {string} value */
  const filled = (value) => (value.startsWith("origin") ? pageOrigin + value.slice("origin".length) : value);
  /** @type {Record<string, string | string[]>} */
  const headers = { "Cache-Control": "no-store" };
  for (const [header, value] of Object.entries(answer.headers)) {
    headers[header] = Array.isArray(value) ? value.map(filled) : filled(value);
  }
  if (preflight) res.writeHead(answer.status ?? 204, headers).end();
  else
    res
      .writeHead(answer.status ?? 200, { ...headers, "Content-Type": "application/json" })
      .end('{"ok":true}');
  return true;
}
