/*
 * Cards for Chromium's net::ERR_* failures in HTTP/2, QUIC, response parsing, redirects and URLs.
 * Sources: Chromium's net/base/net_error_list.h at 0182b17bc505e3d68ffd2269d18e1a2fa5bc8876 (names, numbers,
 * meanings; the lines are checked in as tests/fixtures/chromium/net_error_list-extract.h), RFC 9113 (HTTP/2
 * error codes), RFC 9112 (message framing), Firefox's xpcom/base/ErrorList.py (mozilla/gecko-dev at
 * 020ce4b8e6aad44c800895727117756fe3c4936f) for the NS_ERROR_* aliases. Texts were written for Status Lens.
 */
import type { FailureCard, Link } from "./entry";
import { NET_ERROR_LIST } from "./net-errors";

const rfc = (title: string, rfcNumber: number, section: string): Link => ({
  title,
  url: `https://www.rfc-editor.org/rfc/rfc${rfcNumber}#section-${section}`,
});

export const HTTP_NET_ERRORS = [
  {
    name: "net::ERR_HTTP2_PING_FAILED",
    netErrorNumber: -352,
    aliases: [],
    summary: "The HTTP/2 server stopped answering pings, so Chromium gave up on the connection.",
    explanation:
      "Chromium checks an idle or slow HTTP/2 connection with a PING frame. No answer came in time, so it treats the connection as dead and fails the requests on it. The path to the server, not one request, is the problem.",
    whoActs: "intermediary",
    causes: [
      "A NAT, firewall or load balancer that silently dropped the idle connection",
      "A server too busy to answer control frames",
    ],
    hints: [
      "Check idle timeouts on load balancers and firewalls: one shorter than the client's keeps connections half dead.",
      "Compare with the same request on a fresh connection (a new incognito window).",
    ],
    headers: [],
    retry: "yes",
    related: [],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_HTTP2_SERVER_REFUSED_STREAM",
    netErrorNumber: -351,
    aliases: [],
    summary: "The HTTP/2 server refused this request without processing it.",
    explanation:
      "The server answered the stream with REFUSED_STREAM, or sent a GOAWAY that left it out, which promises the request was not acted on. Sending it again on another connection is safe, even for a POST.",
    whoActs: "server",
    causes: [
      "A server over its concurrent-stream limit",
      "A server shutting down or reloading (a graceful GOAWAY)",
    ],
    hints: [
      "Check the server's max concurrent streams setting (http2_max_concurrent_streams in nginx) against how many requests the page fires at once.",
      "Look for deploys or reloads at the time of the failure.",
    ],
    headers: [],
    retry: "yes",
    related: [{ code: 503, note: "503 is an HTTP-level refusal; this one happens at the stream level." }],
    links: [NET_ERROR_LIST, rfc("RFC 9113 §8.7: request reliability", 9113, "8.7")],
  },
  {
    name: "net::ERR_HTTP_1_1_REQUIRED",
    netErrorNumber: -365,
    aliases: [],
    summary: "The server told Chromium over HTTP/2 that this request needs HTTP/1.1.",
    explanation:
      "The server reset the stream with the HTTP_1_1_REQUIRED error code, typically because it needs a feature HTTP/2 lacks, such as per-request TLS client certificates (renegotiation). Chromium normally repeats such a request over HTTP/1.1 by itself, so seeing this error means that fallback did not happen or did not help.",
    whoActs: "server",
    causes: [
      "Client-certificate authentication asked for on one path only (IIS, some proxies)",
      "A server that cannot serve that resource over HTTP/2",
    ],
    hints: [
      "Check whether the path requires a client certificate; ask for it at connection level or disable HTTP/2 for that host.",
      "Compare with curl --http1.1 to confirm the path works over HTTP/1.1.",
    ],
    headers: [],
    retry: "after-change",
    related: [],
    links: [NET_ERROR_LIST, rfc("RFC 9113 §7: error codes", 9113, "7")],
  },
  {
    name: "net::ERR_QUIC_HANDSHAKE_FAILED",
    netErrorNumber: -358,
    aliases: [],
    summary: "The QUIC (HTTP/3) handshake failed, so nothing was sent over it.",
    explanation:
      "Chromium tried HTTP/3 because the site advertised it (Alt-Svc or a DNS HTTPS record), but the QUIC connection never finished its handshake. The server received no requests, so they can be sent again; Chromium usually falls back to TCP itself.",
    whoActs: "intermediary",
    causes: [
      "A firewall that blocks or mangles UDP port 443",
      "An Alt-Svc header advertising HTTP/3 where no QUIC server listens",
    ],
    hints: [
      "Check the response's Alt-Svc header: it should advertise h3 only where QUIC really answers.",
      "Test with QUIC off (chrome://flags/#enable-quic) to confirm the network blocks UDP.",
    ],
    headers: ["Alt-Svc"],
    retry: "yes",
    related: [],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_HTTP2_INADEQUATE_TRANSPORT_SECURITY",
    netErrorNumber: -360,
    aliases: ["NS_ERROR_NET_INADEQUATE_SECURITY"],
    summary: "The HTTP/2 connection used TLS settings that HTTP/2 forbids.",
    explanation:
      "HTTP/2 requires TLS 1.2 or later and bans a list of weak cipher suites. The server negotiated HTTP/2 with one of them, so the browser closed the connection with INADEQUATE_SECURITY.",
    whoActs: "server",
    causes: ["A cipher suite on HTTP/2's block list preferred by the server", "HTTP/2 offered over TLS 1.1"],
    hints: [
      "Test the server with an SSL checker and remove CBC-mode and non-ECDHE suites from its list.",
      "Let the server follow the client's cipher order, or put AEAD suites (AES-GCM, ChaCha20) first.",
    ],
    headers: [],
    retry: "after-change",
    related: [],
    links: [NET_ERROR_LIST, rfc("RFC 9113 §9.2: TLS features", 9113, "9.2")],
  },
  {
    name: "net::ERR_INVALID_HTTP_RESPONSE",
    netErrorNumber: -370,
    aliases: ["NS_ERROR_PARSING_HTTP_STATUS_LINE"],
    summary: "What came back was not an HTTP response at all.",
    explanation:
      "Chromium expected a status line such as 'HTTP/1.1 200 OK' and got other bytes. Instead of guessing (HTTP/0.9), it fails. The usual cause is a request sent to a port where another protocol listens.",
    whoActs: "server",
    causes: [
      "A URL with the port of a database, SSH or another non-HTTP service",
      "http:// sent to a port that speaks only TLS",
    ],
    hints: [
      "Check the URL's port and what listens there (ss -ltnp or netstat).",
      "Run curl -v against it: the first bytes show what protocol answered.",
    ],
    headers: [],
    retry: "after-change",
    related: [],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_RESPONSE_HEADERS_MULTIPLE_CONTENT_LENGTH",
    netErrorNumber: -346,
    aliases: [],
    summary: "The response carried two Content-Length headers with different values.",
    explanation:
      "With two lengths the body's end is ambiguous, which is how response smuggling works, so Chromium refuses the response. Usually two layers (the app and a proxy or framework) each set the header.",
    whoActs: "server",
    causes: [
      "Application code and a proxy or middleware both setting Content-Length",
      "A header copied from an upstream response and set again",
    ],
    hints: [
      "Run curl -sv and look for two Content-Length lines in the response.",
      "Find which layer adds the second one: compare the response from the app directly with the one through the proxy.",
    ],
    headers: ["Content-Length"],
    retry: "after-change",
    related: [],
    links: [NET_ERROR_LIST, rfc("RFC 9112 §6.3: message body length", 9112, "6.3")],
  },
  {
    name: "net::ERR_RESPONSE_HEADERS_MULTIPLE_CONTENT_DISPOSITION",
    netErrorNumber: -349,
    aliases: [],
    summary: "The response carried more than one Content-Disposition header.",
    explanation:
      "Chromium cannot tell which file name or disposition to use, and refuses the response rather than pick one. Two layers setting the header for a download is the typical cause.",
    whoActs: "server",
    causes: [
      "A framework and the application both setting Content-Disposition",
      "A file name with a comma written unquoted, which splits into two values",
    ],
    hints: [
      "Quote the filename parameter, or use filename* with UTF-8 encoding, so a comma stays inside one value.",
      "Search the code for a second place that sets Content-Disposition for this route.",
    ],
    headers: ["Content-Disposition"],
    retry: "after-change",
    related: [],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_RESPONSE_HEADERS_MULTIPLE_LOCATION",
    netErrorNumber: -350,
    aliases: [],
    summary: "A redirect carried more than one Location header.",
    explanation:
      "Chromium will not guess which target is meant, so the redirect fails. Often a Location with an unencoded comma was split, or two layers each added a redirect target.",
    whoActs: "server",
    causes: ["A Location URL containing a raw comma", "Two middleware layers each setting Location"],
    hints: [
      "Percent-encode commas in the redirect target.",
      "Check the raw response for two Location lines and find which layer writes the second.",
    ],
    headers: ["Location"],
    retry: "after-change",
    related: [],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_INVALID_CHUNKED_ENCODING",
    netErrorNumber: -321,
    aliases: [],
    summary: "The body claimed chunked transfer encoding but the chunks were malformed.",
    explanation:
      "With Transfer-Encoding: chunked each chunk starts with its size in hex. A size line that does not parse, or data longer than announced, breaks the framing, and Chromium stops reading.",
    whoActs: "server",
    causes: [
      "A handler that writes raw bytes after declaring chunked encoding",
      "A proxy that adds chunking to a body that is already chunked",
    ],
    hints: [
      "Fetch it with curl --raw to see the chunk size lines as sent.",
      "Check whether both the app and a proxy apply chunked encoding to the same body.",
    ],
    headers: ["Transfer-Encoding"],
    retry: "after-change",
    related: [],
    links: [NET_ERROR_LIST, rfc("RFC 9112 §7.1: chunked transfer coding", 9112, "7.1")],
  },
  {
    name: "net::ERR_RESPONSE_HEADERS_TRUNCATED",
    netErrorNumber: -357,
    aliases: [],
    summary: "The connection ended in the middle of the response headers.",
    explanation:
      "Part of the header section arrived, then the connection closed before the blank line that ends it. The server or something in front of it stopped while writing the response.",
    whoActs: "server",
    causes: ["A server process that crashed while answering", "A proxy timeout that cut the response short"],
    hints: [
      "Look for crashes or restarts in the server logs at the request's time.",
      "Check proxy timeouts and buffer limits between the browser and the app.",
    ],
    headers: [],
    retry: "yes",
    related: [],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_INVALID_REDIRECT",
    netErrorNumber: -303,
    aliases: [],
    summary: "A redirect pointed at a URL that is not valid.",
    explanation:
      "The Location header of a 3xx response could not be turned into a usable URL, so Chromium stopped instead of following it.",
    whoActs: "server",
    causes: [
      "A Location with spaces or other characters that are not encoded",
      "A Location built from an empty or undefined variable",
    ],
    hints: [
      "Read the Location header of the redirect in the Headers tab.",
      "Build redirect targets with a URL library rather than by joining strings.",
    ],
    headers: ["Location"],
    retry: "after-change",
    related: [{ code: 302, note: "The redirect whose Location could not be used." }],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_UNSAFE_REDIRECT",
    netErrorNumber: -311,
    aliases: [],
    summary: "A redirect pointed at a scheme a web page may not be sent to, such as file: or chrome:.",
    explanation:
      "The target is valid, but Chromium forbids web content from redirecting there, for security. The redirect itself must change.",
    whoActs: "server",
    causes: [
      "A redirect to file://, chrome:// or a similar local scheme",
      "A redirect to data: for a navigation",
    ],
    hints: [
      "Read the Location header and change it to an http(s) URL.",
      "For an app link, use a custom scheme only from a user click, not from a server redirect.",
    ],
    headers: ["Location"],
    retry: "after-change",
    related: [],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_UNKNOWN_URL_SCHEME",
    netErrorNumber: -302,
    aliases: ["NS_ERROR_UNKNOWN_PROTOCOL"],
    summary: "The URL's scheme (the part before ':') is one Chromium has no handler for.",
    explanation:
      "The page asked to load a scheme no built-in handler or registered app takes, such as a typo'd 'htps:' or an app link on a device without the app.",
    whoActs: "client",
    causes: ["A misspelled scheme", "An app-specific scheme (myapp://) on a device without that app"],
    hints: [
      "Read the request URL's scheme for a typo.",
      "For app links, fall back to an https link when the app is not installed.",
    ],
    headers: [],
    retry: "after-change",
    related: [],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_INVALID_URL",
    netErrorNumber: -300,
    aliases: ["NS_ERROR_MALFORMED_URI"],
    summary: "The request's URL could not be parsed.",
    explanation:
      "Chromium could not make sense of the URL (an illegal host name, a bad port, broken encoding), so no request was sent.",
    whoActs: "client",
    causes: [
      "A URL built from an undefined variable ('http://undefined:NaN/')",
      "A host name with illegal characters",
    ],
    hints: [
      "Log the URL just before the request and check it with new URL(...) in the console.",
      "Build URLs with the URL API so bad parts fail early with a clear message.",
    ],
    headers: [],
    retry: "after-change",
    related: [{ code: 400, note: "400 is the server rejecting a request; here the browser never sent one." }],
    links: [NET_ERROR_LIST],
  },
] satisfies FailureCard[];
