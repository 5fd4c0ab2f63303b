/*
 * Cards for requests that end without an HTTP status: Chromium's net::ERR_* names, and status 0 with no
 * error name. Sources: Chromium's net/base/net_error_list.h (names and meanings), the Fetch standard
 * (CORS and network errors), MDN (CORS, CSP, ORB), Firefox's NS_* names for the aliases.
 * Texts were written for Status Lens.
 */

import type { FailureCard, Link } from "./entry";
import { NET_ERROR_LIST } from "./net-errors";

const MDN_CORS: Link = {
  title: "MDN: Cross-Origin Resource Sharing (CORS)",
  url: "https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/CORS",
};
const MDN_CSP: Link = {
  title: "MDN: Content Security Policy",
  url: "https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/CSP",
};
const MDN_ABORT: Link = {
  title: "MDN: AbortController",
  url: "https://developer.mozilla.org/en-US/docs/Web/API/AbortController",
};

/** Status 0 with no error name: the panel shows one of these, picked by the core's FailureKind. */
export const NO_STATUS = {
  unknown: {
    name: "No response (status 0)",
    aliases: ["Status 0", "No status", "(failed)"],
    summary: "The request ended without any HTTP response, and the browser gave no reason.",
    explanation:
      "A status of 0 is not something a server sends: it means the browser never handed a response to the page. The usual reasons are a CORS rejection, a request canceled by the page or a navigation, a block by an extension or a policy, or a network failure. The console message next to the request tells them apart.",
    whoActs: "client",
    causes: [
      "A cross-origin response without the CORS headers the page needs",
      "The page navigated away or aborted the fetch",
      "An extension, Content Security Policy or mixed-content rule blocked the request",
      "The network failed before any response arrived",
    ],
    hints: [
      "Read the console: CORS, CSP and mixed-content blocks each log a message naming the rule that fired.",
      "Look at the request's timing: almost no time spent points to a block, a long stall to the network.",
      "Disable extensions (or use a clean profile) and retry to rule out a blocker.",
      "Retry the URL with curl -i: if a response comes back there, the browser rejected it, not the network.",
    ],
    headers: ["Origin", "Access-Control-Allow-Origin"],
    retry: "after-change",
    related: [],
    links: [MDN_CORS, NET_ERROR_LIST],
  },
  cors: {
    name: "Probable CORS rejection (status 0)",
    aliases: ["CORS error", "CORS", "blocked by CORS policy"],
    summary:
      "The server may well have answered, but the browser hid the response because CORS did not allow it.",
    explanation:
      "For a cross-origin fetch or XHR, the browser checks the response's Access-Control-Allow-* headers against the request. If they do not match, the page gets a network error and status 0 even though the server replied. The server (or a proxy in front of it) must send the right headers; the client code cannot override them.",
    whoActs: "server",
    causes: [
      "No Access-Control-Allow-Origin header (error pages and proxies often drop it)",
      "Access-Control-Allow-Origin naming another origin: a trailing slash, another scheme or port, null",
      "Access-Control-Allow-Origin with two values (the app and a proxy each adding one)",
      "A credentialed request answered with Access-Control-Allow-Origin: *, or without Access-Control-Allow-Credentials: true",
      "A preflight answered with a non-2xx status (often auth or routing catching the OPTIONS)",
      "A redirected preflight: the OPTIONS must be answered directly (a cross-origin redirect is allowed for the request itself, if the new origin also allows it)",
      "A method or request header missing from the preflight's Access-Control-Allow-Methods or -Headers",
      "A public page reaching a private or local address without the user's permission (Local Network Access)",
    ],
    hints: [
      "Compare the Origin in the request with Access-Control-Allow-Origin in the response; they must match exactly.",
      "Check its preflight, an OPTIONS to the same URL (Chrome lists it just after this request; the card links it when the log holds it): a refused preflight means the real request was never sent.",
      "With credentials (cookies, fetch credentials: 'include'), check for Access-Control-Allow-Credentials: true and a non-* origin.",
      "Status Lens names the rule that failed from the headers when the log holds them (on the card: Why CORS blocked it); otherwise the console names it.",
      "Tell it apart from a block: the server's access log shows a CORS-rejected request, because the browser discards the response only after it arrives. When the preflight fails, the real request is never sent, so the log holds only the OPTIONS.",
    ],
    headers: [
      "Origin",
      "Access-Control-Allow-Origin",
      "Access-Control-Allow-Credentials",
      "Access-Control-Allow-Methods",
      "Access-Control-Allow-Headers",
      "Vary",
    ],
    retry: "after-change",
    related: [],
    links: [MDN_CORS],
  },
  canceled: {
    name: "Request canceled (status 0)",
    aliases: ["(canceled)", "Canceled", "Cancelled", "Aborted request"],
    summary: "The page or the browser canceled the request before a response arrived.",
    explanation:
      "Nothing went wrong on the network: the request was stopped on purpose. Navigating away, an AbortController, a replaced image src or a removed iframe all cancel pending requests. It matters only if the page needed that response.",
    whoActs: "client",
    causes: [
      "A navigation or reload while the request was in flight",
      "Code called abort() on the request's AbortController, often on a timeout or a newer search",
      "An element was removed or its src changed before loading finished",
    ],
    hints: [
      "Check whether a navigation happened at the same moment; preserve the log to see both.",
      "Search the code for AbortController and timeouts that abort this request.",
      "If it repeats for every keystroke, the app is probably canceling stale searches on purpose.",
      "Tell it apart from CORS and blocks: DevTools shows (canceled) and the console stays silent, while CORS and CSP always log an error.",
    ],
    headers: [],
    retry: "yes",
    related: [],
    links: [MDN_ABORT],
  },
  blocked: {
    name: "Blocked by an extension or policy (status 0)",
    aliases: ["(blocked)", "blocked:mixed-content", "Blocked request"],
    summary:
      "Something in the browser refused to send the request: an extension, a page policy or a browser rule.",
    explanation:
      "The request never left the browser, or its response was thrown away by a browser rule. Ad and privacy blockers, Content Security Policy, mixed-content rules (http: from an https: page) and enterprise policies all do this. The page owner changes the page or its policy; a user can change the extension.",
    whoActs: "user",
    causes: [
      "An ad or tracker blocker matched the URL",
      "Content Security Policy does not list the host",
      "An http: resource requested from an https: page (mixed content)",
      "A browser or enterprise policy blocks the host",
    ],
    hints: [
      "Open the page in a clean profile or disable extensions; if it loads, an extension is the cause.",
      "Read the console: CSP and mixed-content blocks log the directive or URL involved.",
      "Check the URL for words blockers match, such as ads, track or analytics.",
      "Tell it apart from CORS: a blocked request takes almost no time and never appears in the server's access log.",
    ],
    headers: ["Content-Security-Policy"],
    retry: "after-change",
    related: [],
    links: [MDN_CSP],
  },
} satisfies Record<"unknown" | "cors" | "canceled" | "blocked", FailureCard>;

const MDN_RESOURCE_TIMING: Link = {
  title: "MDN: Resource timing",
  url: "https://developer.mozilla.org/en-US/docs/Web/API/Performance_API/Resource_timing",
};

/** A request DevTools lists with no response yet: not a failure, but the panel still owes it a card. */
export const PENDING: FailureCard = {
  name: "Waiting for a response (pending)",
  aliases: ["(pending)", "Pending", "Stalled request", "Hanging request"],
  summary: "The request has been sent or queued, and no response headers have come back yet.",
  explanation:
    "Until the first byte of the response headers arrives there is no status to show. A short wait is normal; a long one means the request is queued in the browser, the connection is slow to open, or the server (or a proxy in front of it) has not answered. Long-polling endpoints and server-sent event streams that delay their headers look like this on purpose. If the page navigates away first, the browser cancels the request.",
  whoActs: "server",
  causes: [
    "The server is still working, or is stuck on a lock, a slow query or an upstream call",
    "The browser queued it behind other requests to the same host (six connections per host over HTTP/1.1)",
    "A long-poll or streaming endpoint that answers only when it has news",
    "A connection that cannot open: DNS, TCP or TLS taking long before a timeout",
  ],
  hints: [
    "Watch whether it resolves: a status appears here as soon as the response headers arrive.",
    "Count the other requests to the same host: over HTTP/1.1 a seventh waits for one of six to finish.",
    "Try the URL with curl -v and a timeout to see whether the server answers at all, and at which stage it stalls.",
    "Check the server's logs for the request: if it never arrived, look at proxies and the network in between.",
  ],
  headers: [],
  retry: "after-change",
  related: [],
  links: [MDN_RESOURCE_TIMING],
};

/** A Chromium error name this reference has no card for; X is the name without its net:: prefix. */
export const unknownNetErrorCard = (errorName: string): FailureCard => ({
  name: `net::${errorName}`,
  aliases: [errorName],
  summary: `The request failed in the browser's network stack with ${errorName}, before any HTTP status.`,
  explanation: `Chromium reported the network error ${errorName}, which this reference has no card for. It happened below HTTP: no status arrived, so the page sees a network error. The name says which stage failed (DNS, connection, TLS, protocol or cache).`,
  whoActs: "client",
  causes: [`Whatever Chromium's net_error_list.h says about ${errorName}`],
  hints: [
    `Look up ${errorName} in Chromium's net_error_list.h for its one-line meaning.`,
    "Retry the URL with curl -v to see at which stage the connection fails.",
  ],
  headers: [],
  retry: "after-change",
  related: [],
  links: [NET_ERROR_LIST],
});

// net_error_list.h's header: the hundreds of a net error number say which stage failed.
const NET_ERROR_RANGES = [
  "a system error",
  "a connection error",
  "a certificate error",
  "an HTTP error",
  "a cache error",
  "an error of no named group",
  "an FTP error",
  "a certificate manager error",
  "a DNS resolver error",
] as const;

/** A negative number with no card of its own; `number` is how the query wrote it, e.g. "-104". */
export const unknownNetErrorNumberCard = (number: string): FailureCard => {
  const range = /^-\d{1,3}$/.test(number) ? NET_ERROR_RANGES[Math.floor(-Number(number) / 100)] : undefined;
  return {
    ...unknownNetErrorCard(number),
    name: `Chromium net error ${number}`,
    aliases: [],
    summary: `${number} has no card in this reference: it is not one of the Chromium network errors explained here.`,
    explanation: `Chromium numbers its network errors in net_error_list.h${range ? `; by its hundreds, ${number} would be ${range}` : ", from -1 to -899"}. This reference has cards for the errors pages commonly meet; the number may name a rarer one, one that was removed, or none at all.`,
    causes: [`Whatever Chromium's net_error_list.h says about ${number}`],
    hints: [
      `Look up ${number} in Chromium's net_error_list.h for its name and one-line meaning.`,
      "Copy the net::ERR_ name from the console or the HAR's _error field instead: it says which stage failed.",
    ],
  };
};

/** Text that names no Chromium error: shown as given, shortened. */
export const unknownFailureCard = (text: string): FailureCard => ({
  ...unknownNetErrorCard(text),
  name: `Network failure: ${text}`,
  aliases: [],
  summary: `The request failed without an HTTP status; the browser reported "${text}".`,
  explanation: `The request ended with the error text "${text}" and no HTTP status. It is not a Chromium net::ERR_ name this reference knows; Firefox and other tools use their own wording for the same failures.`,
  causes: ["A network, TLS, CORS or blocking failure reported under another browser's or tool's name"],
  hints: [
    "Search the error text in the browser's or tool's documentation.",
    "Reproduce in Chromium to get a net::ERR_ name this panel can explain.",
  ],
});
