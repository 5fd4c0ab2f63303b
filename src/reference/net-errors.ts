/*
 * Cards for Chromium's net::ERR_* failures, the errors a page meets instead of an HTTP status.
 * Sources: Chromium's net/base/net_error_list.h (names, numbers, meanings; numbers checked against chromium/chromium
 * at 0182b17bc505e3d68ffd2269d18e1a2fa5bc8876), MDN (CSP, ORB, CORP, mixed content),
 * Firefox's names for the aliases: NS_ERROR_* from xpcom/base/ErrorList.py (mozilla/gecko-dev at
 * 020ce4b8e6aad44c800895727117756fe3c4936f), SSL_ERROR_* and SEC_ERROR_* from NSS's sslerr.h and secerr.h,
 * MOZILLA_PKIX_ERROR_* from mozilla::pkix's pkixnss.h. Texts were written for Status Lens.
 */
import type { FailureCard, Link } from "./entry";

/** Chromium's list of network errors: the source of every net::ERR_ name and meaning. */
export const NET_ERROR_LIST: Link = {
  title: "Chromium net_error_list.h",
  url: "https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h",
};
const mdn = (title: string, path: string): Link => ({
  title: `MDN: ${title}`,
  url: `https://developer.mozilla.org/en-US/docs/${path}`,
});

export const NET_ERRORS = [
  {
    name: "net::ERR_ABORTED",
    netErrorNumber: -3,
    aliases: ["NS_BINDING_ABORTED"],
    summary: "The request was canceled before it finished, usually by the page or a navigation.",
    explanation:
      "Chromium stopped the request on purpose: the page navigated, code aborted the fetch, or the element that wanted the resource went away. A navigation answered with 204 or turned into a download also ends this way. The network itself is fine.",
    whoActs: "client",
    causes: [
      "A navigation or reload while the request was pending",
      "AbortController.abort() or a fetch timeout in the page",
      "A navigation response of 204 or with Content-Disposition: attachment",
    ],
    hints: [
      "Enable Preserve log and check whether a navigation happened at the same moment.",
      "Search the code for AbortController or abort() near this request.",
      "If the URL is a download link, the download probably started; check the downloads list.",
    ],
    headers: ["Content-Disposition"],
    retry: "yes",
    related: [
      { code: 204, note: "A 204 to a navigation leaves the page in place and shows as ERR_ABORTED." },
    ],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_FAILED",
    netErrorNumber: -2,
    aliases: ["NS_ERROR_FAILURE", "NS_ERROR_INTERCEPTION_FAILED"],
    summary: "A generic failure; for cross-origin fetches it very often hides a CORS rejection.",
    explanation:
      "Chromium's catch-all error. In practice the most common case is a CORS check that failed: the server answered but the browser withheld the response. Service worker failures and blocked redirects also end here.",
    whoActs: "client",
    causes: [
      "A CORS check failed (the console says 'blocked by CORS policy')",
      "A service worker's respondWith() rejected or returned an error",
      "A redirect that the request mode forbids",
    ],
    hints: [
      "Read the console for a CORS message next to this URL; it names the header that was wrong.",
      "Check the Application panel for a service worker that intercepts this URL, and bypass it to compare.",
    ],
    headers: ["Access-Control-Allow-Origin"],
    retry: "after-change",
    related: [],
    links: [NET_ERROR_LIST, mdn("CORS errors", "Web/HTTP/Guides/CORS/Errors")],
  },
  {
    name: "net::ERR_BLOCKED_BY_CLIENT",
    netErrorNumber: -20,
    aliases: ["blocked:other"],
    summary: "The browser itself refused the request, almost always because an extension blocked it.",
    explanation:
      "An extension (typically an ad, tracker or privacy blocker) told Chromium not to send this request. The server never saw it. Users without that extension are not affected, so this is rarely a bug in the page.",
    whoActs: "user",
    causes: [
      "An ad or privacy blocker rule matched the URL",
      "A filtering extension's declarativeNetRequest rule",
    ],
    hints: [
      "Reload in a guest window or with extensions off; if it loads, a blocker caused it.",
      "Check the URL for words filter lists match (ads, analytics, track, pixel).",
    ],
    headers: [],
    retry: "after-change",
    related: [],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_BLOCKED_BY_RESPONSE",
    netErrorNumber: -27,
    aliases: ["blocked:NotSameOrigin"],
    summary: "The response arrived but its own headers forbid using it in this context.",
    explanation:
      "The server's response carried a rule that rules out this use: X-Frame-Options or CSP frame-ancestors against framing, Cross-Origin-Resource-Policy against cross-origin embedding, or a Cross-Origin-Embedder-Policy requirement the resource does not meet. The resource's owner has to change those headers.",
    whoActs: "server",
    causes: [
      "X-Frame-Options: DENY or SAMEORIGIN on a page loaded in a cross-origin iframe",
      "Cross-Origin-Resource-Policy: same-origin on a resource embedded from another site",
      "A page with Cross-Origin-Embedder-Policy: require-corp loading a resource without CORP or CORS",
    ],
    hints: [
      "Open the response headers and look for X-Frame-Options, Cross-Origin-Resource-Policy and Content-Security-Policy frame-ancestors.",
      "If the embedding page sends Cross-Origin-Embedder-Policy, the embedded resource needs CORP or CORS headers.",
    ],
    headers: [
      "X-Frame-Options",
      "Content-Security-Policy",
      "Cross-Origin-Resource-Policy",
      "Cross-Origin-Embedder-Policy",
    ],
    retry: "after-change",
    related: [],
    links: [
      NET_ERROR_LIST,
      mdn("Cross-Origin-Resource-Policy", "Web/HTTP/Reference/Headers/Cross-Origin-Resource-Policy"),
    ],
  },
  {
    name: "net::ERR_BLOCKED_BY_CSP",
    netErrorNumber: -30,
    aliases: ["blocked:csp"],
    summary: "The page's Content Security Policy does not allow this request.",
    explanation:
      "The page declared which sources it may load from, and this URL is not among them, so Chromium never sent it. Either the page's policy needs the source added, or the page should not be loading it (a sign of injected content).",
    whoActs: "server",
    causes: [
      "A new third-party host not yet in script-src, connect-src, img-src or another directive",
      "An inline script or style without a nonce or hash",
      "Injected or unexpected content that the policy is meant to stop",
    ],
    hints: [
      "Read the console's CSP message: it names the directive and the blocked URL.",
      "Find the policy in the page's Content-Security-Policy header or meta tag and add the host to that directive if it is wanted.",
    ],
    headers: ["Content-Security-Policy", "Content-Security-Policy-Report-Only"],
    retry: "after-change",
    related: [],
    links: [NET_ERROR_LIST, mdn("Content Security Policy", "Web/HTTP/Guides/CSP")],
  },
  {
    name: "net::ERR_BLOCKED_BY_ORB",
    netErrorNumber: -32,
    aliases: ["Opaque Response Blocking", "ORB", "CORB"],
    summary:
      "Opaque Response Blocking dropped a cross-origin response that did not look like an image, media or script.",
    explanation:
      "For no-cors cross-origin requests (an img, script or fetch with mode no-cors), Chromium blocks responses that look like HTML, JSON or XML, so a page cannot read another site's data that way. Often the URL is simply wrong and returns an HTML error page instead of the image or script.",
    whoActs: "client",
    causes: [
      "An img or script URL that returns an HTML error or login page",
      "A JSON API loaded with a script tag or a no-cors fetch",
      "A wrong Content-Type or X-Content-Type-Options: nosniff on a real image or script",
    ],
    hints: [
      "Open the URL directly: if it shows an HTML page, the URL is wrong and the browser is right to block it.",
      "Check the response's Content-Type against what the element expects (image/*, text/javascript).",
      "To read cross-origin data, use a CORS fetch instead of a no-cors one.",
    ],
    headers: ["Content-Type", "X-Content-Type-Options"],
    retry: "after-change",
    related: [],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_CONNECTION_CLOSED",
    netErrorNumber: -100,
    aliases: ["NS_ERROR_NET_INTERRUPT"],
    summary: "The server closed the connection before the response was complete.",
    explanation:
      "The TCP connection was closed normally (a FIN) in the middle of the exchange. The server process may have crashed or restarted, a proxy may have dropped the connection, or the server closed a kept-alive connection just as the browser reused it.",
    whoActs: "server",
    causes: [
      "The server process crashed or was restarted",
      "A proxy or load balancer closed an idle connection the browser tried to reuse",
      "A TLS setup that the server aborts after the handshake",
    ],
    hints: [
      "Check server logs for a crash or restart at the time of the request.",
      "Compare keep-alive timeouts: a proxy timeout shorter than the server's closes reused connections.",
    ],
    headers: ["Connection", "Keep-Alive"],
    retry: "yes",
    related: [],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_CONNECTION_RESET",
    netErrorNumber: -101,
    aliases: ["NS_ERROR_NET_RESET"],
    summary: "The connection was reset (a TCP RST) by the server, a firewall or something in between.",
    explanation:
      "Something sent a reset and tore the connection down abruptly. That is a server that crashed or rejected the connection, or a firewall, antivirus or middlebox that dislikes the request. The page did nothing wrong in most cases.",
    whoActs: "intermediary",
    causes: [
      "A firewall, proxy or antivirus that cuts the connection",
      "The server process crashing mid-request",
      "A request or upload larger than a middlebox accepts",
    ],
    hints: [
      "Retry from another network (a phone hotspot): if it works there, a local firewall or proxy resets it.",
      "Check whether only large uploads fail; a middlebox size limit looks like this.",
    ],
    headers: [],
    retry: "yes",
    related: [],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_CONNECTION_REFUSED",
    netErrorNumber: -102,
    aliases: ["NS_ERROR_CONNECTION_REFUSED"],
    summary: "Nothing accepted the connection: no server is listening on that host and port.",
    explanation:
      "The host answered, but refused the TCP connection, so no request was ever sent. The server is down, listening on another port or interface, or a firewall rejects the port.",
    whoActs: "server",
    causes: [
      "The server is not running, or runs on another port",
      "The server listens only on 127.0.0.1 while the request goes to another address",
      "A wrong port in the URL (a dev server that moved from 3000 to 5173)",
    ],
    hints: [
      "Check the port in the URL against the one the server prints at startup.",
      "On the server, list listening sockets (ss -ltnp or lsof -i) to see whether anything listens on that port.",
      "If the server runs in a container, check that the port is published to the host.",
    ],
    headers: [],
    retry: "after-change",
    related: [{ code: 521, note: "521 is Cloudflare reporting that your origin refused its connection." }],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_CONNECTION_TIMED_OUT",
    netErrorNumber: -118,
    aliases: [],
    summary: "The TCP connection could not be set up in time; the host never answered.",
    explanation:
      "Chromium sent connection attempts and heard nothing back. Packets are being dropped somewhere: the host is down, a firewall drops traffic silently, or the route to it is broken.",
    whoActs: "intermediary",
    causes: [
      "A firewall or security group that drops, rather than rejects, the port",
      "A host that is down or an IP address that no machine uses",
      "A VPN or network route that does not reach the host",
    ],
    hints: [
      "Try the same host and port with curl -v or nc -vz from the same network to see where it stalls.",
      "Check firewall and cloud security-group rules for the port.",
      "Compare with ERR_CONNECTION_REFUSED: a refusal comes fast, a timeout after many seconds.",
    ],
    headers: [],
    retry: "after-delay",
    related: [{ code: 522, note: "522 is Cloudflare timing out while connecting to your origin." }],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_TIMED_OUT",
    netErrorNumber: -7,
    aliases: ["NS_ERROR_NET_TIMEOUT"],
    summary: "An operation on the request took too long and Chromium gave up.",
    explanation:
      "A step after setting up the connection, often waiting for the response, went past Chromium's limit. The server may be stuck, or the network lost packets on the way.",
    whoActs: "server",
    causes: [
      "A server that accepts the request but never answers",
      "A very slow upstream behind the server",
      "Heavy packet loss",
    ],
    hints: [
      "Look at the Timing tab: a long 'Waiting for server response' means the server is slow, not the network.",
      "Time the same request with curl to see whether the server answers at all.",
    ],
    headers: [],
    retry: "after-delay",
    related: [{ code: 504, note: "504 is a gateway reporting the timeout; here nobody reported one." }],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_NAME_NOT_RESOLVED",
    netErrorNumber: -105,
    aliases: ["NS_ERROR_UNKNOWN_HOST", "DNS_PROBE_FINISHED_NXDOMAIN"],
    summary: "The host name could not be turned into an IP address (DNS failed).",
    explanation:
      "Before connecting, Chromium looks up the host name; the lookup found nothing. The name is misspelled, its DNS records are missing, or the machine's DNS does not work.",
    whoActs: "client",
    causes: [
      "A typo in the host name or a stale environment URL",
      "A domain whose DNS records are missing or expired",
      "An internal host name that only resolves on a VPN or company network",
    ],
    hints: [
      "Look the name up with dig or nslookup from the same machine.",
      "Check the host in the URL for typos and for a missing environment variable (undefined.example.com).",
      "If the host is internal, connect to the VPN and retry.",
    ],
    headers: [],
    retry: "after-change",
    related: [],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_INTERNET_DISCONNECTED",
    netErrorNumber: -106,
    aliases: ["NS_ERROR_OFFLINE"],
    summary: "The browser had no network connection at all.",
    explanation:
      "The device reported that it is offline, so Chromium did not try. DevTools' own Offline throttling setting produces the same error.",
    whoActs: "user",
    causes: ["Wi-Fi or cable disconnected", "DevTools network throttling set to Offline"],
    hints: [
      "Check the throttling menu in the Network panel; it may still say Offline.",
      "Check the device's network connection, then reload.",
    ],
    headers: [],
    retry: "after-change",
    related: [],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_ADDRESS_UNREACHABLE",
    netErrorNumber: -109,
    aliases: [],
    summary: "There is no route to the host's IP address.",
    explanation:
      "The name resolved, but the operating system found no way to reach the address. Typical with private addresses from another network, IPv6 addresses on a network without IPv6, or a VPN that is off.",
    whoActs: "intermediary",
    causes: [
      "A private IP (10.x, 192.168.x) from another network",
      "An IPv6-only host on a network without IPv6",
      "A VPN route that is missing",
    ],
    hints: [
      "Check which IP the name resolves to, and whether this machine can ping it.",
      "If the address is IPv6, test whether the network has IPv6 at all.",
    ],
    headers: [],
    retry: "after-change",
    related: [],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_SSL_PROTOCOL_ERROR",
    netErrorNumber: -107,
    aliases: ["SSL_ERROR_RX_RECORD_TOO_LONG"],
    summary: "The TLS handshake failed: the browser and server could not set up an https connection.",
    explanation:
      "The server answered in a way that breaks the TLS protocol. A very common case is an https URL pointing at a port that only speaks plain HTTP. When the two sides merely share no TLS version or cipher, Chromium reports net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH instead.",
    whoActs: "server",
    causes: [
      "https:// to a port that serves plain HTTP",
      "A server or middlebox that answers the TLS handshake with malformed data",
      "A proxy or antivirus interfering with TLS",
    ],
    hints: [
      "Try the same URL with http:// or check the port; dev servers often serve plain HTTP.",
      "Run openssl s_client -connect host:443 to see what the server offers.",
    ],
    headers: [],
    retry: "after-change",
    related: [{ code: 525, note: "525 is Cloudflare failing its own TLS handshake with your origin." }],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_CERT_COMMON_NAME_INVALID",
    netErrorNumber: -200,
    aliases: ["SSL_ERROR_BAD_CERT_DOMAIN"],
    summary: "The server's certificate is for a different host name.",
    explanation:
      "The certificate is valid but does not list this host in its Subject Alternative Names. The server presented the wrong certificate, or the URL uses a name the certificate does not cover (an IP address, a bare domain, another subdomain).",
    whoActs: "server",
    causes: [
      "A certificate for www.example.com used on example.com, or the other way round",
      "A wildcard certificate that does not cover a deeper subdomain",
      "Several sites on one IP without correct SNI configuration",
    ],
    hints: [
      "Click the lock or run openssl s_client -servername host to read the certificate's SAN list.",
      "Make sure the URL uses a name listed in the certificate, not an IP address.",
    ],
    headers: [],
    retry: "after-change",
    related: [{ code: 526, note: "526 is Cloudflare rejecting your origin's certificate." }],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_CERT_DATE_INVALID",
    netErrorNumber: -201,
    aliases: ["SEC_ERROR_EXPIRED_CERTIFICATE"],
    summary: "The server's certificate has expired or is not valid yet, or the device clock is wrong.",
    explanation:
      "Chromium compares the certificate's validity dates with the local clock. Either the certificate expired (renewal failed) or the device's date is off.",
    whoActs: "server",
    causes: ["A certificate renewal that failed or was never set up", "A device clock set to the wrong date"],
    hints: [
      "Read the certificate's Valid From and Valid To dates in the browser's certificate viewer.",
      "Check the device's date and time before blaming the server.",
    ],
    headers: [],
    retry: "after-change",
    related: [],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_CERT_AUTHORITY_INVALID",
    netErrorNumber: -202,
    aliases: ["SEC_ERROR_UNKNOWN_ISSUER", "MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT"],
    summary: "The certificate is not signed by an authority this browser trusts.",
    explanation:
      "The chain from the server's certificate to a trusted root could not be built. Self-signed and local development certificates do this, as do servers that forget to send the intermediate certificate, and company proxies that inspect TLS.",
    whoActs: "server",
    causes: [
      "A self-signed or local development certificate",
      "A server that does not send its intermediate certificates",
      "A TLS-inspecting proxy whose root is not installed",
    ],
    hints: [
      "Check the chain with openssl s_client -showcerts; a missing intermediate is the usual server-side fault.",
      "For local development, use a locally trusted certificate (for example mkcert) instead of clicking through.",
    ],
    headers: [],
    retry: "after-change",
    related: [{ code: 495, note: "495 is nginx rejecting the client's certificate, the other direction." }],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_TOO_MANY_REDIRECTS",
    netErrorNumber: -310,
    aliases: ["NS_ERROR_REDIRECT_LOOP", "Redirect loop"],
    summary: "The request was redirected more than 20 times, almost always in a loop.",
    explanation:
      "Each response pointed somewhere that redirected again, until Chromium stopped. Usually two rules send the browser back and forth: http to https and back, www to non-www and back, or a login page that redirects to itself.",
    whoActs: "server",
    causes: [
      "A proxy or CDN talking http to the origin while the origin forces https",
      "Conflicting www and non-www rules",
      "A login redirect whose target also requires login, or a cookie that never sticks",
    ],
    hints: [
      "Enable Preserve log and read the Location header of each 3xx in the chain to find where it turns back.",
      "If a CDN terminates TLS, check that the origin trusts X-Forwarded-Proto instead of redirecting to https again.",
      "Clear the site's cookies: a stale session cookie can trap a login redirect.",
    ],
    headers: ["Location", "Set-Cookie", "X-Forwarded-Proto"],
    retry: "after-change",
    related: [
      { code: 301, note: "A cached 301 can keep a loop alive after the server is fixed." },
      { code: 302, note: "Most loops are chains of 302s between two rules." },
      { code: 307, note: "A 307 internal redirect (HSTS) can also take part in a loop." },
      { code: 308, note: "308 loops behave like 301 loops but keep the method." },
    ],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_UNSAFE_PORT",
    netErrorNumber: -312,
    aliases: ["NS_ERROR_PORT_ACCESS_NOT_ALLOWED"],
    summary: "Chromium refuses to connect to this port because it belongs to another protocol.",
    explanation:
      "Browsers block a list of ports used by other services (such as 1, 21, 25, 6000 and 6666) so a web page cannot talk to them. Nothing was sent. Move the server to an allowed port.",
    whoActs: "client",
    causes: ["A dev server on a blocked port such as 6000, 6665–6669 or 10080", "A URL with a mistyped port"],
    hints: [
      "Move the server to a common port such as 3000, 5173 or 8080.",
      "Check the Fetch standard's list of bad ports before picking one.",
    ],
    headers: [],
    retry: "after-change",
    related: [],
    links: [
      NET_ERROR_LIST,
      { title: "Fetch standard: bad ports", url: "https://fetch.spec.whatwg.org/#port-blocking" },
    ],
  },
  {
    name: "net::ERR_EMPTY_RESPONSE",
    netErrorNumber: -324,
    aliases: [],
    summary: "The server accepted the connection, then closed it without sending a single byte.",
    explanation:
      "A connection was made and the request sent, but no status line came back. The server crashed while handling it, rejected it silently (nginx's return 444 does this on purpose), or something in between closed it. This is what HTTP/1.x shows; over HTTP/2 a server that gives up on a request resets its stream instead, and Chromium reports net::ERR_HTTP2_PROTOCOL_ERROR.",
    whoActs: "server",
    causes: [
      "The server process crashed on this request",
      "An nginx rule answering 444 (close without a response)",
      "Plain HTTP sent to a port that expects something else",
    ],
    hints: [
      "Check server logs: nginx logs 444 for a deliberate close; an application crash shows a stack trace.",
      "Send the same request with curl -v to confirm the server closes without a status line.",
    ],
    headers: [],
    retry: "after-change",
    related: [
      { code: 444, note: "444 is nginx's log entry for closing a connection on purpose with no response." },
    ],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_CONTENT_DECODING_FAILED",
    netErrorNumber: -330,
    aliases: ["NS_ERROR_INVALID_CONTENT_ENCODING"],
    summary: "The body could not be decompressed with the encoding the server announced.",
    explanation:
      "The response said Content-Encoding: gzip (or br, or zstd), but the bytes were not valid for it. Often the body was compressed twice, or a header says gzip while the body is plain.",
    whoActs: "server",
    causes: [
      "Compression applied twice, by the app and by a proxy",
      "A Content-Encoding header copied from a cached or upstream response whose body was already decoded",
      "A truncated compressed body",
    ],
    hints: [
      "Fetch with curl --compressed and without it, and compare the Content-Encoding header with the actual bytes.",
      "Check whether both the application and a proxy compress responses; turn one off.",
    ],
    headers: ["Content-Encoding", "Accept-Encoding", "Content-Length"],
    retry: "after-change",
    related: [],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_HTTP2_PROTOCOL_ERROR",
    netErrorNumber: -337,
    aliases: [],
    summary:
      "The HTTP/2 stream broke: the server or a proxy sent something HTTP/2 does not allow, or reset it.",
    explanation:
      "Chromium got an HTTP/2 frame or header it had to reject, or the server reset the stream with a protocol error. Common sources are invalid response headers, a body that does not match Content-Length, and proxies that cut streams at a size or time limit.",
    whoActs: "server",
    causes: [
      "A response header with characters or names HTTP/2 forbids (uppercase names, Connection headers)",
      "A proxy or CDN that resets long or large responses",
      "A Content-Length that does not match the body",
    ],
    hints: [
      "Repeat with curl --http2 -v and look for a RST_STREAM or a header error.",
      "Compare with curl --http1.1: if HTTP/1.1 works, the problem is in the HTTP/2 layer or proxy.",
      "Check proxy and server logs for stream resets and buffer or timeout limits.",
    ],
    headers: ["Content-Length", "Connection"],
    retry: "after-change",
    related: [],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_QUIC_PROTOCOL_ERROR",
    netErrorNumber: -356,
    aliases: ["NS_ERROR_NET_HTTP3_PROTOCOL_ERROR"],
    summary: "The HTTP/3 (QUIC) connection failed with a protocol error.",
    explanation:
      "Chromium spoke HTTP/3 over UDP and the connection broke. Networks that block or mangle UDP, middleboxes and server bugs cause it. Chromium usually falls back to HTTP/2 for later requests.",
    whoActs: "intermediary",
    causes: ["A firewall or VPN that drops or rewrites UDP on port 443", "A CDN or server HTTP/3 bug"],
    hints: [
      "Start Chromium with --disable-quic; if the error disappears, UDP on this network is the issue.",
      "Check the response's Alt-Svc header, which tells the browser to try HTTP/3.",
    ],
    headers: ["Alt-Svc"],
    retry: "yes",
    related: [],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_CONTENT_LENGTH_MISMATCH",
    netErrorNumber: -354,
    aliases: ["NS_ERROR_NET_PARTIAL_TRANSFER"],
    summary: "The connection ended before the number of bytes announced in Content-Length arrived.",
    explanation:
      "The server promised a body size and delivered less. The server or a proxy stopped mid-body: a crash, a timeout, a full disk for proxy buffers, or a wrong Content-Length computed before compression.",
    whoActs: "server",
    causes: [
      "A proxy whose temporary buffer disk is full",
      "A server or proxy timeout in the middle of a large response",
      "Content-Length computed before the body was changed (compression, templating)",
    ],
    hints: [
      "Compare Content-Length with the bytes curl actually receives.",
      "Check proxy logs (nginx: upstream prematurely closed) and free disk space for proxy buffers.",
    ],
    headers: ["Content-Length", "Content-Encoding"],
    retry: "yes",
    related: [],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_INCOMPLETE_CHUNKED_ENCODING",
    netErrorNumber: -355,
    aliases: [],
    summary: "A chunked response ended without its final zero-length chunk.",
    explanation:
      "With Transfer-Encoding: chunked, the server marks the end of the body explicitly. Here the connection closed first, so the body is cut off. The server threw an error mid-stream, or a proxy, antivirus or timeout ended it.",
    whoActs: "server",
    causes: [
      "An exception thrown after the response started streaming",
      "A proxy or antivirus that scans and cuts streaming responses",
      "A server write timeout on a slow client",
    ],
    hints: [
      "Check the server logs for an error logged after the response headers were sent.",
      "Try from another network or with antivirus web scanning off to rule out a middlebox.",
    ],
    headers: ["Transfer-Encoding"],
    retry: "yes",
    related: [],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_CACHE_MISS",
    netErrorNumber: -400,
    aliases: ["Confirm Form Resubmission"],
    summary: "The browser needed a cached copy it does not have, usually for a page that came from a POST.",
    explanation:
      "Going back or forward to a page that was the result of a form POST asks the browser to reuse its cache; when there is no copy, it stops rather than resend the form silently and shows 'Confirm Form Resubmission'. It is a browser safety rule, not a server fault.",
    whoActs: "client",
    causes: ["Back or forward to the result of a POST", "A reload of a POST result with the cache disabled"],
    hints: [
      "Answer form POSTs with a 303 redirect to a GET page (Post/Redirect/Get) so history entries are plain GETs.",
      "Check whether Disable cache is on in the Network panel; it makes this happen more often.",
    ],
    headers: ["Cache-Control"],
    retry: "after-change",
    related: [
      { code: 303, note: "A 303 after a POST turns the history entry into a GET and avoids this card." },
    ],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH",
    netErrorNumber: -113,
    aliases: ["SSL_ERROR_NO_CYPHER_OVERLAP"],
    summary: "The browser and the server share no TLS version or cipher suite.",
    explanation:
      "The server only offers protocol versions or ciphers that Chromium no longer accepts (such as TLS 1.0 or 1.1, or RC4), or it has no certificate for the requested name and so offers nothing usable.",
    whoActs: "server",
    causes: [
      "A server limited to TLS 1.0 or 1.1",
      "A cipher configuration with only obsolete suites",
      "No certificate configured for this host name (SNI) on a shared server",
    ],
    hints: [
      "Run openssl s_client -connect host:443 -tls1_2 (and -tls1_3) to see which versions the server accepts.",
      "Check the server's certificate binding for this exact host name.",
    ],
    headers: [],
    retry: "after-change",
    related: [{ code: 525, note: "525 is Cloudflare failing its own TLS handshake with your origin." }],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_CONNECTION_ABORTED",
    netErrorNumber: -103,
    aliases: [],
    summary: "The connection was aborted because no acknowledgement arrived for sent data.",
    explanation:
      "Data went out but the other side stopped acknowledging it, so the connection was given up. Flaky networks and middleboxes that drop large packets are typical causes.",
    whoActs: "intermediary",
    causes: ["A lossy Wi-Fi or mobile connection", "A VPN or firewall dropping large packets (MTU problems)"],
    hints: [
      "Retry on another network; if it works there, look at the VPN or firewall on this one.",
      "If only large uploads fail, suspect an MTU or packet-size limit on the path.",
    ],
    headers: [],
    retry: "yes",
    related: [],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_NETWORK_CHANGED",
    netErrorNumber: -21,
    aliases: [],
    summary: "The device's network changed while the request was in flight.",
    explanation:
      "Switching Wi-Fi networks, connecting a VPN or a network adapter coming up or down makes Chromium drop pending connections. Nothing is wrong with the site; the request can simply be sent again.",
    whoActs: "user",
    causes: [
      "Switching between Wi-Fi networks or to mobile data",
      "A VPN connecting or disconnecting",
      "Docker or virtual adapters changing",
    ],
    hints: [
      "Reload once the connection is stable.",
      "If it happens constantly, look for a virtual network adapter (VPN, Docker) that keeps reconfiguring.",
    ],
    headers: [],
    retry: "yes",
    related: [],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_PROXY_CONNECTION_FAILED",
    netErrorNumber: -130,
    aliases: ["NS_ERROR_PROXY_CONNECTION_REFUSED", "NS_ERROR_UNKNOWN_PROXY_HOST"],
    summary: "The browser is set to use a proxy, and the proxy could not be reached.",
    explanation:
      "Every request goes through the configured proxy, and connecting to it failed. The proxy is down, or the proxy setting is stale (left behind by a VPN, debugging tool or old network).",
    whoActs: "user",
    causes: [
      "A proxy setting left by a debugging proxy that is no longer running",
      "A company proxy that is down or unreachable off-site",
    ],
    hints: [
      "Check the system proxy settings (or chrome://net-internals/#proxy) for a proxy you do not expect.",
      "If a local debugging proxy such as Charles or mitmproxy is configured, start it or remove the setting.",
    ],
    headers: [],
    retry: "after-change",
    related: [{ code: 407, note: "407 is a proxy that answered but wants credentials." }],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_NAME_RESOLUTION_FAILED",
    netErrorNumber: -137,
    aliases: [],
    summary: "The DNS lookup itself failed, rather than finding that the name does not exist.",
    explanation:
      "Chromium could not get any answer from DNS: the resolver is unreachable, timed out or returned an error. Unlike ERR_NAME_NOT_RESOLVED, the name may well exist.",
    whoActs: "intermediary",
    causes: [
      "A DNS server that is down or unreachable",
      "A VPN or secure-DNS setting that points to a resolver that does not answer",
    ],
    hints: [
      "Query a public resolver directly (dig @1.1.1.1 host) to see whether the name resolves elsewhere.",
      "Check the browser's secure DNS setting and the system's DNS servers.",
    ],
    headers: [],
    retry: "after-delay",
    related: [],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_BLOCKED_BY_ADMINISTRATOR",
    netErrorNumber: -22,
    aliases: [],
    summary: "A browser policy set by an administrator blocks this URL.",
    explanation:
      "Managed browsers can block URLs through enterprise policies (such as a URL block list). The request never left the browser; only the administrator can change the policy.",
    whoActs: "user",
    causes: ["An enterprise URLBlocklist policy", "A parental-control or device-management profile"],
    hints: [
      "Open chrome://policy to see which policies apply and whether the URL is on a block list.",
      "Ask the device administrator to allow the host.",
    ],
    headers: [],
    retry: "after-change",
    related: [],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_RESPONSE_HEADERS_TOO_BIG",
    netErrorNumber: -325,
    aliases: [],
    summary: "The response headers were larger than Chromium accepts.",
    explanation:
      "The server sent headers beyond Chromium's size limit, usually because of many or large Set-Cookie headers or a header that grows with each redirect.",
    whoActs: "server",
    causes: [
      "Many or very large Set-Cookie headers",
      "A header value that keeps growing, such as a debug or trace header",
    ],
    hints: [
      "Fetch with curl -sI and measure the response headers; look for repeated Set-Cookie lines.",
      "Trim cookies set by the server, or move large values into the body.",
    ],
    headers: ["Set-Cookie"],
    retry: "after-change",
    related: [
      { code: 431, note: "431 is the same problem in the other direction: request headers too large." },
    ],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_INVALID_RESPONSE",
    netErrorNumber: -320,
    aliases: ["NS_ERROR_CORRUPTED_CONTENT"],
    summary: "The server's response could not be parsed as valid HTTP.",
    explanation:
      "Bytes came back and looked like HTTP, but Chromium could not accept them as a response: a broken header or a body it could not read as framed. Two neighbors have their own errors: a port that does not speak HTTP at all gives net::ERR_INVALID_HTTP_RESPONSE, and distinct Content-Length headers give net::ERR_RESPONSE_HEADERS_MULTIPLE_CONTENT_LENGTH.",
    whoActs: "server",
    causes: [
      "A server or proxy that writes malformed headers",
      "A response that breaks its own framing (a body that contradicts Transfer-Encoding)",
    ],
    hints: [
      "Look at the raw response with curl -v --http1.1 and check the status line and headers.",
      "Compare with the response from the origin directly, bypassing proxies and CDNs, to find which hop breaks it.",
    ],
    headers: ["Content-Length", "Transfer-Encoding"],
    retry: "after-change",
    related: [
      {
        code: 502,
        note: "502 is a proxy reporting an invalid answer from upstream; here the browser got it directly.",
      },
    ],
    links: [NET_ERROR_LIST],
  },
] satisfies FailureCard[];
