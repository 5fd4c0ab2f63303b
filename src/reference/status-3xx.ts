/*
 * Redirection (3xx) codes of the IANA HTTP Status Code Registry.
 * Sources: RFC 9110 §15.4 (and §15.1 for default cacheability), RFC 9111, RFC 7538 (308's origin),
 * the IANA registry, MDN. Texts were written for Status Lens; facts were checked against those sources.
 */
import type { StatusCard } from "./entry";

export const STATUS_3XX = [
  {
    code: 300,
    name: "Multiple Choices",
    aliases: [],
    standing: "standard",
    summary: "The resource exists in several forms and the server leaves the choice to the client.",
    explanation:
      "The body lists alternatives (languages, formats) and Location may name a preferred one. Browsers do not choose automatically, so in practice servers rarely send it.",
    whoActs: "client",
    causes: ["Content negotiation configured to list variants instead of picking one"],
    hints: [
      "Pick a variant from the body or Location, or make the server choose one with Accept headers.",
      "Prefer server-driven negotiation (Accept, Accept-Language) so clients get one answer.",
    ],
    headers: ["Location", "Link"],
    retry: "no",
    cacheable: true,
    related: [{ code: 406, note: "406 means none of the variants fits; 300 offers several." }],
    spec: "RFC 9110 §15.4.1",
  },
  {
    code: 301,
    name: "Moved Permanently",
    aliases: [],
    standing: "standard",
    summary: "The resource has a new permanent URL, given in Location.",
    explanation:
      "Clients should use the new URL from now on, and browsers cache the redirect, often for a long time. For historical reasons a browser may turn a POST into a GET when following it.",
    whoActs: "client",
    causes: ["A site or API path that moved", "An http-to-https or www rule"],
    hints: [
      "Use 308 instead if the method and body must be kept, for example for API POSTs.",
      "A wrong 301 sticks in browser caches: test with the cache disabled and fix it quickly.",
    ],
    headers: ["Location", "Cache-Control"],
    retry: "no",
    cacheable: true,
    related: [
      { code: 308, note: "308 is also permanent but forbids changing POST into GET; 301 allows it." },
      { code: 302, note: "302 is the temporary counterpart." },
    ],
    spec: "RFC 9110 §15.4.2",
  },
  {
    code: 302,
    name: "Found",
    aliases: ["Moved Temporarily"],
    standing: "standard",
    summary: "The resource is temporarily at another URL, given in Location.",
    explanation:
      "Clients follow Location but keep using the original URL later. Browsers change a POST into a GET when following a 302, which is what HTTP/1.0's 'Moved Temporarily' did in practice.",
    whoActs: "client",
    causes: ["A login redirect", "A temporary maintenance or A/B routing rule"],
    hints: [
      "If a POST arrives at the target as a GET, switch to 307 to keep the method.",
      "Check the Location header; a relative value resolves against the request URL.",
    ],
    headers: ["Location"],
    retry: "no",
    cacheable: false,
    related: [
      { code: 303, note: "303 says explicitly 'now GET this other URL'; 302 only tolerates the switch." },
      { code: 307, note: "307 is temporary too but keeps the method and body." },
      { code: 301, note: "301 is the permanent counterpart." },
    ],
    spec: "RFC 9110 §15.4.3",
  },
  {
    code: 303,
    name: "See Other",
    aliases: [],
    standing: "standard",
    summary: "The result is at another URL; fetch it with GET.",
    explanation:
      "The usual answer after a form POST (Post/Redirect/Get): the server has handled the submission and sends the browser to a page that shows the result. The follow-up is always a GET, so a reload does not resubmit the form.",
    whoActs: "client",
    causes: ["A form handler that redirects to a result page"],
    hints: [
      "Check that the Location page works with a plain GET.",
      "Use 303, not 302, when the switch from POST to GET is intended.",
    ],
    headers: ["Location"],
    retry: "no",
    cacheable: false,
    related: [
      { code: 302, note: "302 lets browsers switch to GET; 303 requires it." },
      { code: 307, note: "307 repeats the same method; 303 always switches to GET." },
    ],
    spec: "RFC 9110 §15.4.4",
  },
  {
    code: 304,
    name: "Not Modified",
    aliases: [],
    standing: "standard",
    summary: "The cached copy is still valid, so the server sent no body.",
    explanation:
      "The browser asked conditionally (If-None-Match with an ETag, or If-Modified-Since) and the resource has not changed. The browser uses its cached copy; the row in DevTools is small on purpose.",
    whoActs: "nobody",
    causes: [
      "A revalidation of a cached resource whose freshness ran out (or that has Cache-Control: no-cache)",
      "A normal reload: since 2017 Chrome revalidates only the main document on one, and subresources still fresh come from the cache without a request",
    ],
    hints: [
      "Compare the request's If-None-Match with the response's ETag to see why it matched.",
      "If stale content keeps coming back, check that the ETag changes when the content does.",
    ],
    headers: ["ETag", "If-None-Match", "Last-Modified", "If-Modified-Since", "Cache-Control"],
    retry: "no",
    cacheable: false,
    related: [
      { code: 200, note: "200 sends the full body; 304 tells the browser to reuse the one it has." },
      { code: 412, note: "412 is the failure of other preconditions (If-Match), used for writes." },
    ],
    spec: "RFC 9110 §15.4.5",
    links: [
      {
        title: "Chromium blog: Reload, reloaded (2017)",
        url: "https://blog.chromium.org/2017/01/reload-reloaded-faster-and-leaner-page_26.html",
      },
    ],
  },
  {
    code: 305,
    name: "Use Proxy",
    aliases: [],
    standing: "obsolete",
    summary: "Deprecated: it once told clients to repeat the request through a proxy.",
    explanation:
      "RFC 7231 deprecated 305 because letting a server choose the client's proxy is a security risk; RFC 9110 only records it as deprecated. Browsers ignore it. A server sending it today is misconfigured.",
    whoActs: "server",
    causes: ["Legacy server code or configuration"],
    hints: [
      "Remove 305 from the server; browsers will not follow it (RFC 7231 §6.4.5).",
      "Configure proxies on the client side (system or PAC settings) instead.",
    ],
    headers: ["Location"],
    retry: "no",
    cacheable: false,
    related: [{ code: 306, note: "306 is its unused neighbor, once 'Switch Proxy'." }],
    spec: "RFC 9110 §15.4.6",
    mdn: false,
    links: [{ title: "RFC 7231 §6.4.5", url: "https://www.rfc-editor.org/rfc/rfc7231#section-6.4.5" }],
  },
  {
    code: 306,
    name: "(Unused)",
    aliases: ["Switch Proxy"],
    standing: "reserved",
    summary: "Reserved and unused; an early HTTP/1.1 draft called it Switch Proxy.",
    explanation:
      "This code was defined in a draft, then dropped. RFC 9110 keeps the number reserved so nothing else takes it. No server should send it, and clients treat it like 300.",
    whoActs: "server",
    causes: ["A buggy or very old server"],
    hints: [
      "Treat it as a server bug: replace it with the redirect code the server meant.",
      "If a temporary redirect was meant, 307 is the likely intended code.",
    ],
    headers: [],
    retry: "no",
    cacheable: false,
    related: [{ code: 305, note: "305 Use Proxy is the related code that did ship, and is now deprecated." }],
    spec: "RFC 9110 §15.4.7",
    mdn: false,
  },
  {
    code: 307,
    name: "Temporary Redirect",
    aliases: [],
    standing: "standard",
    summary: "The resource is temporarily at another URL; repeat the same request there.",
    explanation:
      "Like 302, but the client must not change the method or body: a POST stays a POST. Chromium also shows a synthetic 307 'Internal Redirect' when HSTS upgrades http to https before any request is sent.",
    whoActs: "client",
    causes: [
      "A temporary move of an API endpoint",
      "HSTS upgrading http:// to https:// (shown as an internal 307)",
    ],
    hints: [
      "If the response header says Non-Authoritative-Reason: HSTS, the browser made this redirect itself.",
      "Make sure the target accepts the same method, since the body is sent again.",
    ],
    headers: ["Location", "Non-Authoritative-Reason"],
    retry: "no",
    cacheable: false,
    related: [
      { code: 302, note: "302 may turn POST into GET; 307 keeps the method." },
      { code: 303, note: "303 always switches to GET; 307 never does." },
      { code: 308, note: "308 is the permanent version of 307." },
    ],
    spec: "RFC 9110 §15.4.8",
  },
  {
    code: 308,
    name: "Permanent Redirect",
    aliases: [],
    standing: "standard",
    summary: "The resource has a new permanent URL; repeat the same request there, keeping the method.",
    explanation:
      "The method-preserving version of 301: a POST stays a POST with its body. Browsers cache it like a 301. First defined in RFC 7238 (experimental), which RFC 7538 replaced on the standards track; RFC 9110 now holds it.",
    whoActs: "client",
    causes: [
      "An API or site move that must keep POST and PUT intact",
      "Trailing-slash rules in some frameworks",
    ],
    hints: [
      "Update stored URLs and client configuration to the Location value.",
      "A wrong 308 is cached like a 301: test redirect rules with the cache disabled.",
    ],
    headers: ["Location", "Cache-Control"],
    retry: "no",
    cacheable: true,
    related: [
      { code: 301, note: "301 lets browsers turn POST into GET; 308 forbids it." },
      { code: 307, note: "307 is the temporary version of 308." },
    ],
    spec: "RFC 9110 §15.4.9",
    links: [
      { title: "RFC 7238 (experimental, 2014)", url: "https://www.rfc-editor.org/rfc/rfc7238" },
      { title: "RFC 7538 (replaced RFC 7238)", url: "https://www.rfc-editor.org/rfc/rfc7538" },
    ],
  },
] satisfies StatusCard[];
