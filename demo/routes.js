// @ts-check
// What each demo URL answers. The page (demo/page/demo.js) requests every one of them.

/** Redirect targets by status; each lands on a 200. */
export const REDIRECTS = { 301: "moved", 302: "found", 307: "temporary", 308: "permanent" };

/**
 * Plain status routes: /status/<code> answers <code> with these extra headers.
 * 404 carries a custom reason phrase on purpose: a card titled "Not Found" can then only come from our reference.
 * @type {Record<number, { reason?: string, headers?: Record<string, string>, body?: string, type?: string }>}
 */
export const STATUS_ROUTES = {
  200: { body: '{"ok":true}', type: "application/json" },
  201: { headers: { Location: "/status/200?id=42" }, body: '{"id":42}', type: "application/json" },
  204: {},
  400: { body: '{"error":"missing field \\"email\\""}', type: "application/json" },
  401: {
    headers: {
      "WWW-Authenticate":
        'Bearer realm="demo", error="invalid_token", error_description="The access token expired"',
    },
  },
  403: { body: "You may not see this.", type: "text/plain" },
  404: { reason: "Nothing Here", body: "no such thing", type: "text/plain" },
  405: { headers: { Allow: "GET, HEAD" } },
  410: { body: "retired", type: "text/plain" },
  418: { body: "short and stout", type: "text/plain" },
  422: {
    body: JSON.stringify({
      type: "https://example.test/problems/validation",
      title: "Your request is not valid",
      detail: "email is already taken",
      errors: [{ pointer: "/email", detail: "already taken" }],
    }),
    type: "application/problem+json",
  },
  429: {
    headers: { "Retry-After": "42", "RateLimit-Policy": '"burst";q=100;w=60', RateLimit: '"burst";r=0;t=42' },
  },
  499: { reason: "Client Closed Request" },
  // An HTML error page carrying a script payload: the panel must show it as text and run nothing.
  500: {
    body: '<!doctype html><h1>Internal error</h1><img src="x" onerror="window.statusLensPwned=1"><script>window.statusLensPwned=1</script>',
    type: "text/html",
  },
  502: { headers: { Via: "1.1 demo-proxy" } },
  503: { headers: { "Retry-After": "120" } },
  504: { headers: { Via: "1.1 demo-proxy" } },
  599: { reason: "Network Connect Timeout Error" },
};
