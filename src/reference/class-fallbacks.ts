/*
 * Cards for codes with no entry of their own: an unregistered code in 100–599 gets its class's card, and
 * anything that is not an HTTP status at all gets the "not a valid HTTP status" card.
 * Sources: RFC 9110 §15 (classes, and the rule that an unknown code is treated as x00 of its class),
 * the IANA HTTP Status Code Registry. Texts were written for Status Lens.
 */

import type { StatusCard } from "./entry";
import type { StatusClass } from "./vocabulary";

export type FallbackCard = Omit<StatusCard, "code" | "name">;

export const CLASS_FALLBACKS = {
  "1xx": {
    aliases: ["Informational"],
    standing: "unregistered",
    summary:
      "An unregistered informational (1xx) code: an interim response, with the final one still to come.",
    explanation:
      "The server sent a 1xx code that no registry entry defines. A client must treat it like 100: an interim message it can ignore while it waits for the final response on the same request. Nobody needs to act unless the final response never arrives.",
    whoActs: "nobody",
    causes: [
      "A server or proxy experimenting with a draft extension",
      "A custom informational code in an in-house protocol",
    ],
    hints: [
      "Look at the final response for this request; the interim code carries no verdict of its own.",
      "Search the response headers for a vendor or draft name to find which extension sent it.",
    ],
    headers: [],
    retry: "no",
    cacheable: false,
    related: [{ code: 100, note: "100 is the registered code that unknown 1xx codes are handled like." }],
    spec: "RFC 9110 §15.2",
    mdn: false,
  },
  "2xx": {
    aliases: ["Success"],
    standing: "unregistered",
    summary: "An unregistered success (2xx) code: treat it as 200 OK.",
    explanation:
      "The server reports success with a code no registry entry defines. Clients handle it as 200, so the request worked; only code that checks for one exact status will stumble over it.",
    whoActs: "nobody",
    causes: ["A framework or API that invents its own success codes", "A typo in a hand-written status line"],
    hints: [
      "Check client code that compares against 200 exactly; response.ok in fetch accepts any 2xx.",
      "Ask the API owner what the code means, since no standard defines it.",
    ],
    headers: [],
    retry: "no",
    cacheable: false,
    related: [{ code: 200, note: "200 is the registered code that unknown 2xx codes are handled like." }],
    spec: "RFC 9110 §15.3",
    mdn: false,
  },
  "3xx": {
    aliases: ["Redirection"],
    standing: "unregistered",
    summary: "An unregistered redirection (3xx) code: treat it as 300 Multiple Choices.",
    explanation:
      "The server asks for a further step with a code no registry entry defines. Clients treat it as 300 and browsers do not follow it automatically, even with a Location header, so the page usually stops here.",
    whoActs: "server",
    causes: [
      "A custom redirect code in a framework or proxy",
      "A misconfigured rewrite rule that emits a wrong code",
    ],
    hints: [
      "Replace the code with 301, 302, 303, 307 or 308 if the server meant to redirect.",
      "Check the Location header: browsers ignore it for codes they do not know.",
    ],
    headers: ["Location"],
    retry: "no",
    cacheable: false,
    related: [{ code: 300, note: "300 is the registered code that unknown 3xx codes are handled like." }],
    spec: "RFC 9110 §15.4",
    mdn: false,
  },
  "4xx": {
    aliases: ["Client error"],
    standing: "unregistered",
    summary: "An unregistered 4xx: treat it as a client error, the same as 400 Bad Request.",
    explanation:
      "The server rejected the request with a code no registry entry defines. By the rules of HTTP it counts as 400: something about the request must change before it can succeed. The body or a vendor's documentation usually says what.",
    whoActs: "client",
    causes: [
      "A framework, proxy or CDN with its own error codes",
      "An application that returns made-up codes for business errors",
    ],
    hints: [
      "Read the response body: vendors that invent 4xx codes usually explain them there.",
      "Look up the Server or Via header to find which product sent the code, then search its documentation.",
    ],
    headers: ["Server", "Via"],
    retry: "after-change",
    cacheable: false,
    related: [{ code: 400, note: "400 is the registered code that unknown 4xx codes are handled like." }],
    spec: "RFC 9110 §15.5",
    mdn: false,
  },
  "5xx": {
    aliases: ["Server error"],
    standing: "unregistered",
    summary: "An unregistered 5xx: treat it as a server error, the same as 500 Internal Server Error.",
    explanation:
      "A server or something in front of it failed and reported it with a code no registry entry defines. It counts as 500: the request may be fine, and the fix is on the server side or in the proxy that produced the code.",
    whoActs: "server",
    causes: [
      "A proxy, CDN or load balancer with its own error codes",
      "An application that returns made-up codes for internal failures",
    ],
    hints: [
      "Check the Server and Via headers to see which hop produced the code; it is often a proxy, not the application.",
      "Search the server or proxy logs around the request time for the matching error.",
    ],
    headers: ["Server", "Via", "Retry-After"],
    retry: "after-delay",
    cacheable: false,
    related: [{ code: 500, note: "500 is the registered code that unknown 5xx codes are handled like." }],
    spec: "RFC 9110 §15.6",
    mdn: false,
  },
} satisfies Record<StatusClass, FallbackCard>;

/** For numbers that cannot be an HTTP status: negative, fractional, 1–99, 600 and above, NaN, infinities. */
export const INVALID_STATUS = {
  aliases: ["Invalid status", "Nonstandard status"],
  standing: "unregistered",
  summary: "Real status codes are three digits from 100 to 599; this number is not one.",
  explanation:
    "HTTP only defines codes 100 to 599. A number outside that range did not come from a well-behaved HTTP server: it may be a tool's own marker (some recorders write -1 for 'no response'), a broken proxy, or a code from a different protocol.",
  whoActs: "server",
  causes: [
    "A recorder or HAR exporter that writes its own value when no response arrived",
    "A server or proxy that writes a nonstandard status line",
    "A number from another protocol (an application error code) shown as a status",
  ],
  hints: [
    "Check which tool recorded the request; -1 or 0 usually mean no response arrived at all.",
    "Fetch the URL with curl -i to see the raw status line the server sends.",
  ],
  headers: [],
  retry: "no",
  cacheable: false,
  related: [],
  spec: "RFC 9110 §15",
  mdn: false,
  links: [{ title: "RFC 9110 §15", url: "https://www.rfc-editor.org/rfc/rfc9110#section-15" }],
} satisfies FallbackCard;
