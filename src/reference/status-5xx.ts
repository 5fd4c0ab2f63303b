/*
 * Server error (5xx) codes of the IANA HTTP Status Code Registry.
 * Sources: RFC 9110 §15.6 (and §15.1 for default cacheability), RFC 9111, RFC 2295 (506),
 * RFC 4918 (507), RFC 5842 (508), RFC 2774 and the IESG status change moving it to Historic (510),
 * RFC 6585 (511), the IANA registry, MDN. Texts were written for Status Lens; facts were checked
 * against those sources.
 */
import type { StatusCard } from "./entry";

export const STATUS_5XX = [
  {
    code: 500,
    name: "Internal Server Error",
    aliases: [],
    standing: "standard",
    summary: "The server hit an unexpected error and could not finish the request.",
    explanation:
      "The generic server failure: an unhandled exception, a crashed query, a bad deploy. The request may be perfectly valid. The fix is on the server; a client can only report it, or retry after a delay in case the failure was passing.",
    whoActs: "server",
    causes: [
      "An unhandled exception in the application",
      "A failing database query or missing migration",
      "A configuration error after a deploy (missing environment variable)",
    ],
    hints: [
      "Search the server logs for the request's time or request ID (X-Request-Id) to find the stack trace.",
      "Check whether it fails for every input or only this one; a single input points to an unhandled edge case.",
      "Compare with the last deploy: a 500 on every request often follows a configuration change.",
    ],
    headers: ["X-Request-Id"],
    retry: "after-delay",
    cacheable: false,
    related: [
      { code: 503, note: "503 is a deliberate, temporary 'not now'; 500 is an unexpected failure." },
      { code: 502, note: "502 comes from a proxy that got a bad answer; 500 from the server itself." },
    ],
    spec: "RFC 9110 §15.6.1",
  },
  {
    code: 501,
    name: "Not Implemented",
    aliases: [],
    standing: "standard",
    summary: "The server does not support the functionality needed, usually the request method.",
    explanation:
      "The server does not recognize the method, or lacks a feature the request needs, for any resource. It is a permanent answer for this server, unlike 503.",
    whoActs: "server",
    causes: [
      "A method such as PATCH or PROPFIND the server does not know",
      "An endpoint stubbed out as not implemented",
    ],
    hints: [
      "Check which method was sent; fall back to one the server supports.",
      "Look at the Server header: some proxies answer 501 for methods they do not pass through.",
    ],
    headers: ["Allow", "Server"],
    retry: "no",
    cacheable: true,
    related: [
      {
        code: 405,
        note: "405 means the method exists but not on this URL; 501 that it is not supported at all.",
      },
    ],
    spec: "RFC 9110 §15.6.2",
  },
  {
    code: 502,
    name: "Bad Gateway",
    aliases: [],
    standing: "standard",
    summary: "A proxy or gateway got an invalid answer, or none, from the server behind it.",
    explanation:
      "The server you talked to is a proxy (nginx, a load balancer, a CDN, an API gateway). It reached out to the upstream application, which crashed, refused the connection or sent something unusable. The upstream is at fault, not the request.",
    whoActs: "intermediary",
    causes: [
      "The upstream application is down or restarting",
      "The proxy points at a wrong host or port",
      "The upstream closed the connection or sent malformed headers",
    ],
    hints: [
      "Check the proxy's error log (nginx: 'connect() failed' or 'upstream prematurely closed').",
      "Confirm the upstream process is running and listening on the port the proxy uses.",
      "Look at Server and Via to see which hop generated the 502.",
    ],
    headers: ["Server", "Via"],
    retry: "after-delay",
    cacheable: false,
    related: [
      {
        code: 504,
        note: "504 means the upstream answered too slowly; 502 that its answer was bad or missing.",
      },
      { code: 500, note: "500 comes from the application itself." },
    ],
    spec: "RFC 9110 §15.6.3",
  },
  {
    code: 503,
    name: "Service Unavailable",
    aliases: ["Service Temporarily Unavailable"],
    standing: "standard",
    summary: "The server cannot handle the request right now: overloaded or down for maintenance.",
    explanation:
      "A temporary condition. The server may say when to come back with Retry-After. Load balancers also send 503 when no healthy backend is left.",
    whoActs: "server",
    causes: [
      "Planned maintenance",
      "Overload or an exhausted connection pool",
      "No healthy targets behind a load balancer",
    ],
    hints: [
      "Read Retry-After and wait before retrying; add jitter so clients do not return all at once.",
      "Check the load balancer's target health: no healthy backend gives a 503 with no app log entry.",
    ],
    headers: ["Retry-After"],
    retry: "after-delay",
    cacheable: false,
    related: [
      { code: 500, note: "500 is an unexpected failure; 503 a known, temporary one." },
      { code: 429, note: "429 limits this client; 503 applies to everyone." },
    ],
    spec: "RFC 9110 §15.6.4",
  },
  {
    code: 504,
    name: "Gateway Timeout",
    aliases: ["Gateway Time-out"],
    standing: "standard",
    summary: "A proxy or gateway gave up waiting for the server behind it.",
    explanation:
      "The proxy reached the upstream, but no complete answer came back before the proxy's timeout. The work may still be running, or even have succeeded, on the upstream.",
    whoActs: "intermediary",
    causes: [
      "A slow query or upstream call in the application",
      "A proxy timeout shorter than the operation takes",
      "An upstream that hangs on a deadlock",
    ],
    hints: [
      "Compare the request duration with the proxy's timeout (nginx proxy_read_timeout is 60 s by default).",
      "Check whether the operation completed anyway before retrying a non-idempotent request.",
      "Move long work to a background job and answer 202 with a status URL.",
    ],
    headers: ["Server", "Via"],
    retry: "after-delay",
    cacheable: false,
    related: [
      { code: 502, note: "502 means the upstream's answer was bad; 504 that it never came in time." },
      { code: 408, note: "408 is the server timing out on the client, the other direction." },
    ],
    spec: "RFC 9110 §15.6.5",
  },
  {
    code: 505,
    name: "HTTP Version Not Supported",
    aliases: [],
    standing: "standard",
    summary: "The server refuses the HTTP version used in the request.",
    explanation:
      "The client spoke a version (for example HTTP/1.0, or HTTP/2 without negotiation) that the server will not use. Rare from browsers; more common from old tools or misconfigured proxies.",
    whoActs: "client",
    causes: [
      "A client forcing an old or unsupported version",
      "A proxy that rewrites the request line badly",
    ],
    hints: [
      "Check the protocol column in the Network panel and the request line in server logs.",
      "Try the request with curl --http1.1 to see which version the server accepts.",
    ],
    headers: [],
    retry: "after-change",
    cacheable: false,
    related: [{ code: 426, note: "426 asks the client to upgrade; 505 rejects the version outright." }],
    spec: "RFC 9110 §15.6.6",
  },
  {
    code: 506,
    name: "Variant Also Negotiates",
    aliases: [],
    standing: "extension",
    summary: "The server's content negotiation is misconfigured and loops on itself.",
    explanation:
      "With transparent content negotiation (RFC 2295), the variant the server chose is itself set up to negotiate, so no final representation can be picked. A server configuration error.",
    whoActs: "server",
    causes: ["An Apache type map or MultiViews setup where a variant points back to a negotiable resource"],
    hints: [
      "Review the server's content negotiation setup (Apache: type maps, MultiViews) for a variant that negotiates again.",
      "Request a specific variant URL directly to confirm the loop.",
    ],
    headers: ["Alternates", "Vary"],
    retry: "no",
    cacheable: false,
    related: [{ code: 508, note: "508 is a loop in WebDAV bindings; 506 a loop in negotiation." }],
    spec: "RFC 2295 §8.1",
  },
  {
    code: 507,
    name: "Insufficient Storage",
    aliases: [],
    standing: "extension",
    summary: "WebDAV: the server cannot store what the request needs, for lack of space.",
    explanation:
      "The server ran out of disk or quota while carrying out the request. The condition may clear when space is freed. Some non-WebDAV APIs use it for full quotas too.",
    whoActs: "server",
    causes: ["A full disk on the server", "A user's storage quota reached"],
    hints: [
      "Tell a full disk from a full quota: run df -h on the server's data volume, then read the body or a quota header (WebDAV's quota-available-bytes property, RFC 4331) for the account's limit.",
      "A quota is the user's to raise or free; a full disk is the operator's, and fails for every user.",
    ],
    headers: [],
    retry: "after-change",
    cacheable: false,
    related: [{ code: 413, note: "413 rejects one request's size; 507 means no space is left at all." }],
    spec: "RFC 4918 §11.5",
  },
  {
    code: 508,
    name: "Loop Detected",
    aliases: [],
    standing: "extension",
    summary: "WebDAV: the server found an infinite loop while walking a collection.",
    explanation:
      "An operation with Depth: infinity met a binding loop (a folder that contains itself), so it stopped. Some hosting platforms reuse 508 for request loops or resource limits.",
    whoActs: "server",
    causes: [
      "A WebDAV binding that makes a collection contain itself",
      "A hosting platform's loop or resource-limit protection",
    ],
    hints: [
      "Use a finite Depth header, or remove the looping binding.",
      "On shared hosting, check the control panel for resource (entry process) limits.",
    ],
    headers: ["Depth"],
    retry: "after-change",
    cacheable: false,
    related: [{ code: 208, note: "208 avoids such loops by marking members already listed." }],
    spec: "RFC 5842 §7.2",
  },
  {
    code: 510,
    name: "Not Extended",
    aliases: [],
    standing: "obsolete",
    summary: "Obsoleted: it belonged to the HTTP Extension Framework, which is now Historic.",
    explanation:
      "RFC 2774 let a server demand a mandatory extension declaration. The framework never caught on, and the IETF moved RFC 2774 to Historic status; the registry marks 510 as obsoleted. A server sending it today runs legacy code.",
    whoActs: "server",
    causes: ["Legacy server code built on the RFC 2774 extension framework"],
    hints: [
      "Treat it as a server-side configuration issue; browsers cannot satisfy it.",
      "Ask the server owner which extension it expects, or replace 510 with a current code.",
    ],
    headers: [],
    retry: "no",
    cacheable: false,
    related: [{ code: 501, note: "501 is the current way to say a feature is not available." }],
    spec: "RFC 2774 §7",
  },
  {
    code: 511,
    name: "Network Authentication Required",
    aliases: ["Captive portal"],
    standing: "standard",
    summary: "The network wants you to sign in (a captive portal), not the server you asked.",
    explanation:
      "Hotel, airport and company networks intercept traffic until the user logs in on a portal page. They send 511 so clients know the answer did not come from the real server. The user must sign in to the network.",
    whoActs: "user",
    causes: ["A captive portal on public or guest Wi-Fi", "An expired network session"],
    hints: [
      "Open any http:// page in a normal tab to bring up the portal's sign-in page.",
      "Do not trust this response's body as the site's content; it comes from the network.",
    ],
    headers: [],
    retry: "after-change",
    cacheable: false,
    related: [{ code: 407, note: "407 is a proxy asking for credentials; 511 a network portal." }],
    spec: "RFC 6585 §6",
  },
] satisfies StatusCard[];
