/*
 * Codes outside the IANA registry that developers still meet, each labeled with who sends it.
 * Sources, one per vendor, and only what each documents: nginx documentation and source
 * (ngx_http_request.h, the rewrite and ssl modules), Cloudflare's 5xx error pages, the AWS Application Load
 * Balancer troubleshooting guide, Laravel's CSRF documentation, Microsoft's [MS-WDV] WebDAV extensions.
 * 440, 509, 598 and 599 have no vendor specification; their cards say so. Texts were written for Status Lens.
 */
import type { Link, StatusCard } from "./entry";

const cloudflare = (code: number): Link => ({
  title: `Cloudflare: error ${code}`,
  url: `https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-${code}/`,
});
const AWS_ALB: Link = {
  title: "AWS: troubleshoot Application Load Balancers",
  url: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html",
};
const NGINX_SSL_ERRORS: Link = {
  title: "nginx: ngx_http_ssl_module, error processing",
  url: "https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors",
};
const NGINX_REQUEST_H: Link = {
  title: "nginx source: ngx_http_request.h",
  url: "https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h",
};

/** Shared shape: no registry entry, no RFC, never cacheable by default. */
const unofficial = { standing: "unofficial", spec: "", cacheable: false, mdn: false } as const;

export const UNOFFICIAL_CODES = [
  {
    ...unofficial,
    code: 419,
    name: "Page Expired",
    aliases: ["CSRF token mismatch"],
    sender: "Laravel",
    summary: "Laravel rejected a form or request because its CSRF token was missing or stale.",
    explanation:
      "Laravel checks a CSRF token on POST, PUT, PATCH and DELETE requests. When the token is missing or no longer matches the session (often because the session expired while the page stayed open), it answers 419 with a 'Page Expired' page.",
    whoActs: "client",
    causes: [
      "A form left open until the session expired",
      "A form or fetch without the @csrf field or X-CSRF-TOKEN / X-XSRF-TOKEN header",
      "Session cookies not stored (wrong domain, SameSite, or a cookie blocked by the browser)",
    ],
    hints: [
      "Check the request for the _token field or an X-CSRF-TOKEN / X-XSRF-TOKEN header.",
      "Check that the session cookie is sent with the request; without it no token can match.",
      "Reload the page to get a fresh token if the session simply expired.",
    ],
    headers: ["X-CSRF-TOKEN", "X-XSRF-TOKEN", "Cookie"],
    retry: "after-change",
    related: [{ code: 403, note: "Other frameworks answer a CSRF failure with 403." }],
    links: [{ title: "Laravel: CSRF protection", url: "https://laravel.com/docs/csrf" }],
  },
  {
    ...unofficial,
    code: 440,
    name: "Login Time-out",
    aliases: ["Login Timeout"],
    sender: "Microsoft IIS / Exchange (Outlook on the web)",
    summary: "Microsoft's web servers report that the login session has expired.",
    explanation:
      "Seen from IIS-hosted Microsoft applications such as Outlook on the web: the session ended and the user must sign in again. Microsoft publishes no specification for it, so treat it like a 401 for that application.",
    whoActs: "user",
    causes: ["An expired session in Outlook on the web or another IIS-hosted app"],
    hints: [
      "Sign in again in a normal tab, then repeat the action.",
      "If it happens right after signing in, check that the browser accepts and sends the session cookie.",
    ],
    headers: ["Cookie", "Set-Cookie"],
    retry: "after-change",
    related: [{ code: 401, note: "401 is the standard code for missing or expired credentials." }],
    links: [],
  },
  {
    ...unofficial,
    code: 444,
    name: "No Response",
    aliases: ["Connection Closed Without Response"],
    sender: "nginx",
    summary: "nginx closed the connection on purpose without sending any response.",
    explanation:
      "A 'return 444;' rule tells nginx to drop the connection without a reply, usually to shed unwanted traffic (scanners, unknown Host headers). The browser sees no status at all; over HTTP/1.x Chromium reports net::ERR_EMPTY_RESPONSE, while over HTTP/2 nginx can only reset the stream, which Chromium reports as net::ERR_HTTP2_PROTOCOL_ERROR. 444 appears only in nginx's access log.",
    whoActs: "server",
    causes: [
      "A default server block that answers unknown Host names with 444",
      "A rule rejecting bots or certain paths",
    ],
    hints: [
      "Search the nginx configuration for 'return 444' and check which server block matched the Host.",
      "Check that the request's Host header matches a server_name; unknown hosts often fall through to a 444 block.",
    ],
    headers: ["Host"],
    retry: "after-change",
    related: [{ code: 403, note: "403 refuses with a reply; 444 refuses by hanging up." }],
    links: [
      {
        title: "nginx source: ngx_http_v2.c (a closed request resets its HTTP/2 stream)",
        url: "https://github.com/nginx/nginx/blob/master/src/http/v2/ngx_http_v2.c",
      },
      {
        title: "nginx: return directive",
        url: "https://nginx.org/en/docs/http/ngx_http_rewrite_module.html#return",
      },
    ],
  },
  {
    ...unofficial,
    code: 449,
    name: "Retry With",
    aliases: [],
    sender: "Microsoft (WebDAV extensions, IIS)",
    summary:
      "Microsoft's WebDAV extension: the server needs more information and asks the client to repeat the request.",
    explanation:
      "Defined in Microsoft's [MS-WDV] WebDAV extensions: the server answers 449 with an Ms-Echo-Request header, and a client that supports it repeats the request with Ms-Echo-Reply. Browsers do not, so for them it is an unknown 4xx.",
    whoActs: "client",
    causes: ["A Microsoft WebDAV server asking a client to resend with more information"],
    hints: [
      "Look for the Ms-Echo-Request header in the response; a supporting client resends with Ms-Echo-Reply.",
      "If a browser receives it, the endpoint expects a Microsoft WebDAV client, not a page.",
    ],
    headers: ["Ms-Echo-Request", "Ms-Echo-Reply"],
    retry: "after-change",
    related: [{ code: 400, note: "Clients that do not know 449 treat it as 400." }],
    links: [
      {
        title: "Microsoft [MS-WDV]: 449 Retry With",
        url: "https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-wdv/83ecf19f-e0f8-4706-aae5-ba618f52f100",
      },
    ],
  },
  {
    ...unofficial,
    code: 460,
    name: "Client Closed Connection",
    aliases: [],
    sender: "AWS Application Load Balancer",
    summary: "The AWS load balancer logged that the client hung up before the idle timeout.",
    explanation:
      "An ALB records 460 in its access logs when the client closes the connection before the load balancer's idle timeout elapses, typically because the client's own timeout is shorter. The client never receives this code.",
    whoActs: "client",
    causes: ["A client timeout shorter than the ALB idle timeout while the target is slow"],
    hints: [
      "Compare the client's request timeout with the load balancer's idle timeout; AWS suggests the client's be longer.",
      "Check target response times in the ALB access log for the same requests.",
    ],
    headers: [],
    retry: "after-change",
    related: [{ code: 499, note: "499 is nginx's log entry for the same situation." }],
    links: [AWS_ALB],
  },
  {
    ...unofficial,
    code: 463,
    name: "Too Many Forwarded IP Addresses",
    aliases: ["X-Forwarded-For too long"],
    sender: "AWS Application Load Balancer",
    summary: "The AWS load balancer rejected an X-Forwarded-For header listing too many IP addresses.",
    explanation:
      "An ALB accepts at most 30 addresses in X-Forwarded-For. More usually means a chain of proxies that each append to the header, or a loop that sends requests back through the load balancer.",
    whoActs: "intermediary",
    causes: [
      "Many proxies in a row each appending to X-Forwarded-For",
      "A routing loop through the load balancer",
    ],
    hints: [
      "Count the addresses in the incoming X-Forwarded-For header; the ALB limit is 30.",
      "Look for a loop where the target forwards requests back to the same load balancer.",
    ],
    headers: ["X-Forwarded-For"],
    retry: "after-change",
    related: [{ code: 508, note: "508 is the registered code for a detected loop, in WebDAV." }],
    links: [AWS_ALB],
  },
  {
    ...unofficial,
    code: 464,
    name: "Incompatible Protocol Versions",
    aliases: [],
    sender: "AWS Application Load Balancer",
    summary: "The request's protocol does not match the protocol version of the AWS target group.",
    explanation:
      "The ALB received, for example, an HTTP/1.1 request for a target group set to gRPC or HTTP/2, or a gRPC request for an HTTP/1.1 target group. The load balancer configuration and the client must agree.",
    whoActs: "intermediary",
    causes: [
      "An HTTP/1.1 request to a gRPC or HTTP/2 target group",
      "A gRPC request to an HTTP/1.1 target group",
    ],
    hints: [
      "Check the target group's protocol version in the AWS console against what the client speaks.",
      "For gRPC target groups, make sure the client uses HTTP/2 and POST.",
    ],
    headers: [],
    retry: "after-change",
    related: [{ code: 505, note: "505 is the registered code for an unsupported HTTP version." }],
    links: [AWS_ALB],
  },
  {
    ...unofficial,
    code: 494,
    name: "Request Header Too Large",
    aliases: ["Request Header Or Cookie Too Large"],
    sender: "nginx",
    summary: "nginx's internal code for request headers or cookies bigger than its buffers.",
    explanation:
      "When a header line does not fit in large_client_header_buffers, nginx uses 494 internally and by default sends the client a 400 page titled 'Request Header Or Cookie Too Large'. The number itself shows up only when the configuration passes it on with error_page.",
    whoActs: "client",
    causes: ["Large or numerous cookies", "A long token in a header"],
    hints: [
      "Check the Cookie header size and clear the site's cookies to confirm.",
      "Raise large_client_header_buffers in nginx if large headers are legitimate.",
    ],
    headers: ["Cookie"],
    retry: "after-change",
    related: [{ code: 431, note: "431 is the registered code for oversized headers." }],
    links: [
      {
        title: "nginx: large_client_header_buffers",
        url: "https://nginx.org/en/docs/http/ngx_http_core_module.html#large_client_header_buffers",
      },
    ],
  },
  {
    ...unofficial,
    code: 495,
    name: "SSL Certificate Error",
    aliases: [],
    sender: "nginx",
    summary: "nginx could not verify the client certificate the browser presented.",
    explanation:
      "With client certificate verification (ssl_verify_client), nginx uses 495 when the certificate fails verification. By default the client gets a 400 page; error_page can catch 495 to show or redirect elsewhere.",
    whoActs: "client",
    causes: ["An expired client certificate", "A client certificate from a CA not in ssl_client_certificate"],
    hints: [
      "Check the client certificate's expiry and issuer against nginx's ssl_client_certificate.",
      "Read nginx's error log: it states why verification failed.",
    ],
    headers: [],
    retry: "after-change",
    related: [{ code: 496, note: "496 means no client certificate was sent at all." }],
    links: [NGINX_SSL_ERRORS],
  },
  {
    ...unofficial,
    code: 496,
    name: "SSL Certificate Required",
    aliases: ["No required SSL certificate was sent"],
    sender: "nginx",
    summary: "nginx requires a client certificate and the browser sent none.",
    explanation:
      "The server is set up for mutual TLS and the client did not present a certificate. By default the client gets a 400 page saying no required certificate was sent; error_page can catch 496.",
    whoActs: "client",
    causes: [
      "No client certificate installed in the browser",
      "The browser did not offer the certificate for this site",
    ],
    hints: [
      "Install the client certificate in the browser or OS store, then restart the browser to be offered it.",
      "Test with curl --cert and --key to confirm the server accepts the certificate.",
    ],
    headers: [],
    retry: "after-change",
    related: [{ code: 495, note: "495 means a certificate was sent but failed verification." }],
    links: [NGINX_SSL_ERRORS],
  },
  {
    ...unofficial,
    code: 497,
    name: "HTTP Request Sent to HTTPS Port",
    aliases: ["The plain HTTP request was sent to HTTPS port"],
    sender: "nginx",
    summary: "A plain-HTTP request arrived on a port where nginx expects HTTPS.",
    explanation:
      "nginx uses 497 when an http:// request reaches an SSL-enabled port. By default the client gets a 400 page; a common fix is 'error_page 497' redirecting to the https:// URL.",
    whoActs: "client",
    causes: [
      "A URL like http://example.com:443/",
      "A proxy or health check speaking plain HTTP to the TLS port",
    ],
    hints: [
      "Change the URL scheme to https:// for this port.",
      "Add an error_page 497 redirect to https in nginx for clients that keep sending plain HTTP.",
    ],
    headers: [],
    retry: "after-change",
    related: [{ code: 400, note: "400 is what the client sees unless nginx passes 497 on." }],
    links: [NGINX_SSL_ERRORS],
  },
  {
    ...unofficial,
    code: 499,
    name: "Client Closed Request",
    aliases: ["Token Required"],
    sender: "nginx",
    summary: "nginx logged that the client closed the connection before nginx could answer.",
    explanation:
      "Found in nginx access logs, not in browsers: the client gave up (a timeout, a canceled fetch, a closed tab) while nginx was still waiting, usually on a slow upstream. A rising share of 499s points to a slow backend or short client timeouts. A 499 a client actually receives is someone else's: Esri's ArcGIS services use 499 for 'Token Required', a request that needs a token and sent none (see 498).",
    whoActs: "client",
    causes: [
      "A slow upstream and a client timeout shorter than it",
      "Users navigating away or canceling requests",
    ],
    hints: [
      "Tell the two apart: nginx's 499 lives only in its access log, while a 499 in DevTools with an ArcGIS URL (/arcgis/rest/) or a JSON error body is Esri's 'Token Required': sign in or add a token.",
      "Compare $request_time for 499 lines with the client's timeout.",
      "Check upstream response times: slow upstreams make clients give up.",
    ],
    headers: [],
    retry: "yes",
    related: [
      { code: 504, note: "504 is nginx giving up on the upstream; 499 the client giving up on nginx." },
      { code: 460, note: "460 is the AWS ALB's log entry for the same situation." },
      { code: 498, note: "498 is Esri's code for a token it rejects; its 499 is for a missing one." },
    ],
    links: [
      NGINX_REQUEST_H,
      {
        title: "Esri: ArcGIS REST JS error handling",
        url: "https://developers.arcgis.com/arcgis-rest-js/error-handling",
      },
    ],
  },
  {
    ...unofficial,
    code: 509,
    name: "Bandwidth Limit Exceeded",
    aliases: [],
    sender: "Shared hosting (cPanel and Apache bandwidth modules)",
    summary: "The hosting account used up its bandwidth allowance.",
    explanation:
      "Some shared hosts answer 509 once a site exceeds the data transfer included in its plan. No standard defines it; the registry lists 509 as unassigned. The site owner must raise the limit or wait for the next period.",
    whoActs: "server",
    causes: [
      "A traffic spike or large downloads on a limited hosting plan",
      "Hotlinked images or files eating the allowance",
    ],
    hints: [
      "Check bandwidth usage in the hosting control panel.",
      "Look for hotlinked large files in the access logs and block or move them to a CDN.",
    ],
    headers: [],
    retry: "after-delay",
    related: [{ code: 503, note: "503 is the registered code for a temporary refusal to serve." }],
    links: [],
  },
  {
    ...unofficial,
    code: 520,
    name: "Web Server Returned an Unknown Error",
    aliases: ["Web server is returning an unknown error"],
    sender: "Cloudflare",
    summary: "Cloudflare got an empty, invalid or unexpected response from the origin server.",
    explanation:
      "Cloudflare reached your origin, but what came back was not a usable HTTP response: an empty reply, a reset after connecting, oversized headers or a protocol error. The origin, not Cloudflare, has to be fixed.",
    whoActs: "server",
    causes: [
      "The origin crashed or reset the connection",
      "Response headers beyond Cloudflare's size limit, often from many cookies",
      "An origin that announces HTTP/2 but does not speak it correctly",
    ],
    hints: [
      "Request the origin directly (bypassing Cloudflare) with curl -v and look for an empty or malformed reply.",
      "Check the origin's logs at the time of the cf-ray ID shown on the error page.",
    ],
    headers: ["CF-Ray", "Server"],
    retry: "after-delay",
    related: [{ code: 502, note: "502 is the registered code for a bad answer from upstream." }],
    links: [cloudflare(520)],
  },
  {
    ...unofficial,
    code: 521,
    name: "Web Server Is Down",
    aliases: [],
    sender: "Cloudflare",
    summary: "The origin server refused Cloudflare's connection.",
    explanation:
      "Cloudflare tried to connect to your origin and was refused: the web server is not running, or a firewall blocks Cloudflare's IP addresses.",
    whoActs: "server",
    causes: [
      "The origin web server is stopped",
      "A firewall or security plugin blocking Cloudflare's IP ranges",
    ],
    hints: [
      "Check that the origin web server is running and listening on the port Cloudflare uses.",
      "Make sure the origin firewall allows Cloudflare's published IP ranges.",
    ],
    headers: ["CF-Ray"],
    retry: "after-delay",
    related: [{ code: 502, note: "502 is the registered code a generic proxy would use." }],
    links: [cloudflare(521)],
  },
  {
    ...unofficial,
    code: 522,
    name: "Connection Timed Out",
    aliases: [],
    sender: "Cloudflare",
    summary: "Cloudflare timed out trying to connect to the origin server.",
    explanation:
      "Cloudflare could not complete a TCP connection to your origin in time. The origin is overloaded, offline, or packets from Cloudflare are dropped on the way.",
    whoActs: "server",
    causes: [
      "An overloaded or offline origin",
      "A firewall silently dropping Cloudflare's traffic",
      "A wrong origin IP in DNS",
    ],
    hints: [
      "Check the origin IP in Cloudflare's DNS settings against the server's real address.",
      "Check origin load and firewall rules that drop (rather than reject) Cloudflare's IPs.",
    ],
    headers: ["CF-Ray"],
    retry: "after-delay",
    related: [{ code: 504, note: "504 is the registered code for an upstream timeout." }],
    links: [cloudflare(522)],
  },
  {
    ...unofficial,
    code: 523,
    name: "Origin Is Unreachable",
    aliases: [],
    sender: "Cloudflare",
    summary: "Cloudflare cannot reach the origin server at all.",
    explanation:
      "There is no route from Cloudflare to the origin address, usually because the DNS record points to a wrong or changed IP address.",
    whoActs: "server",
    causes: ["An origin IP that changed without updating DNS", "Routing problems at the origin's network"],
    hints: [
      "Confirm the A/AAAA records in Cloudflare point to the origin's current IP.",
      "Ask the hosting provider whether the origin network has routing problems.",
    ],
    headers: ["CF-Ray"],
    retry: "after-change",
    related: [{ code: 502, note: "502 is the registered code a generic proxy would use." }],
    links: [cloudflare(523)],
  },
  {
    ...unofficial,
    code: 524,
    name: "A Timeout Occurred",
    aliases: [],
    sender: "Cloudflare",
    summary: "The origin accepted the connection but did not answer in time.",
    explanation:
      "Cloudflare connected to your origin, but no HTTP response came back before Cloudflare's proxy read timeout (100 seconds by default). The work may still be running on the origin.",
    whoActs: "server",
    causes: ["A long report or export run inside the request", "A slow database query or upstream call"],
    hints: [
      "Measure the origin's response time directly; anything near 100 seconds will hit the limit.",
      "Move long work to a background job and poll for the result.",
    ],
    headers: ["CF-Ray"],
    retry: "after-change",
    related: [{ code: 504, note: "504 is the registered code for an upstream timeout." }],
    links: [cloudflare(524)],
  },
  {
    ...unofficial,
    code: 525,
    name: "SSL Handshake Failed",
    aliases: [],
    sender: "Cloudflare",
    summary: "Cloudflare could not complete a TLS handshake with the origin server.",
    explanation:
      "With SSL set to Full or Full (strict), Cloudflare connects to the origin over TLS, and the handshake failed: no certificate, no shared cipher or protocol, or SNI not supported.",
    whoActs: "server",
    causes: [
      "No TLS certificate installed on the origin",
      "No cipher suite or TLS version in common",
      "The origin not listening for TLS on port 443",
    ],
    hints: [
      "Run openssl s_client -connect origin-ip:443 -servername your-host to test the origin's TLS.",
      "Check the SSL/TLS mode in Cloudflare against what the origin supports.",
    ],
    headers: ["CF-Ray"],
    retry: "after-change",
    related: [{ code: 526, note: "526 means the handshake worked but the certificate was rejected." }],
    links: [cloudflare(525)],
  },
  {
    ...unofficial,
    code: 526,
    name: "Invalid SSL Certificate",
    aliases: [],
    sender: "Cloudflare",
    summary: "In Full (strict) mode, Cloudflare could not validate the origin's certificate.",
    explanation:
      "The origin's certificate is expired, self-signed, issued by an untrusted CA, or does not cover the requested host name, so Cloudflare refuses it.",
    whoActs: "server",
    causes: [
      "An expired origin certificate",
      "A self-signed certificate without Cloudflare's Origin CA",
      "A host name missing from the certificate",
    ],
    hints: [
      "Check the origin certificate's expiry and names with openssl s_client.",
      "Install a valid public or Cloudflare Origin CA certificate on the origin.",
    ],
    headers: ["CF-Ray"],
    retry: "after-change",
    related: [{ code: 525, note: "525 means the handshake itself failed." }],
    links: [cloudflare(526)],
  },
  {
    ...unofficial,
    code: 527,
    name: "Railgun Error",
    aliases: ["Railgun Listener to Origin Error"],
    sender: "Cloudflare",
    summary:
      "An error between Cloudflare's Railgun listener and the origin; Railgun is a retired Cloudflare product.",
    explanation:
      "Railgun connected Cloudflare to origins through a listener installed near the origin. Cloudflare has retired the service, so a 527 today points to a leftover Railgun setup.",
    whoActs: "server",
    causes: ["A leftover Railgun configuration", "The Railgun listener unable to reach the origin"],
    hints: [
      "Remove the Railgun setup and connect Cloudflare to the origin directly.",
      "Check the Railgun listener's log for connection errors to the origin.",
    ],
    headers: ["CF-Ray"],
    retry: "after-change",
    related: [{ code: 502, note: "502 is the registered code a generic proxy would use." }],
    links: [cloudflare(527)],
  },
  {
    ...unofficial,
    code: 530,
    name: "Error with a Cloudflare 1xxx code",
    aliases: ["Error 530", "Site Frozen"],
    sender: "Cloudflare",
    summary: "Cloudflare returned 530 together with a 1xxx error on the page, which gives the real cause.",
    explanation:
      "530 is a wrapper: the error page names a Cloudflare 1xxx error, such as 1016 (origin DNS error) or a Tunnel error. Fix the 1xxx error and the 530 goes away. Without Cloudflare in front (no CF-Ray header), a 530 from a site hosted on Pantheon is reported to mean the site is frozen: Pantheon freezes inactive sandbox sites until someone with access to the dashboard unfreezes them.",
    whoActs: "server",
    causes: [
      "Error 1016: the origin host name does not resolve",
      "A Cloudflare Tunnel that is down or misconfigured",
    ],
    hints: [
      "Check the response for a CF-Ray header: with it, read the 1xxx error number on the error page and look that up in Cloudflare's docs; without it, on Pantheon, unfreeze the site from its dashboard.",
      "For 1016, check that the CNAME or origin host name in Cloudflare DNS resolves.",
    ],
    headers: ["CF-Ray"],
    retry: "after-change",
    related: [{ code: 523, note: "523 is an unreachable origin address rather than an unresolvable name." }],
    links: [
      cloudflare(530),
      {
        title: "Pantheon: Sites (frozen sites)",
        url: "https://docs.pantheon.io/guides/account-mgmt/workspace-sites-teams/sites",
      },
    ],
  },
  {
    ...unofficial,
    code: 561,
    name: "Unauthorized (identity provider error)",
    aliases: [],
    sender: "AWS Application Load Balancer",
    summary: "The AWS load balancer's built-in authentication got an error from the identity provider.",
    explanation:
      "A listener rule authenticates users through an OIDC provider or Amazon Cognito, and the identity provider returned an error code during sign-in. The load balancer or identity provider configuration must be fixed.",
    whoActs: "intermediary",
    causes: [
      "Mismatched client ID, secret or endpoints between the ALB rule and the IdP",
      "An IdP that rejects the redirect URI",
    ],
    hints: [
      "Compare the issuer, endpoints, client ID and secret in the ALB rule with the identity provider's settings.",
      "Check that the IdP allows https://<your-domain>/oauth2/idpresponse as a redirect URI.",
    ],
    headers: ["Location"],
    retry: "after-change",
    related: [{ code: 401, note: "401 is the registered code for failed authentication." }],
    links: [AWS_ALB],
  },
  {
    ...unofficial,
    code: 598,
    name: "Network Read Timeout Error",
    aliases: [],
    sender: "Some HTTP proxies (no vendor specification)",
    summary: "A proxy timed out reading the response from the server behind it.",
    explanation:
      "A few proxies and client libraries use 598 for a read timeout on the upstream connection. No standard or major vendor documents it; treat it like 504.",
    whoActs: "intermediary",
    causes: ["A slow upstream behind a proxy that reports timeouts this way"],
    hints: [
      "Find which proxy produced it (Server, Via headers) and read its timeout settings.",
      "Check the upstream's response time for the same request.",
    ],
    headers: ["Server", "Via"],
    retry: "after-delay",
    related: [{ code: 504, note: "504 is the registered code for an upstream timeout." }],
    links: [],
  },
  {
    ...unofficial,
    code: 599,
    name: "Network Connect Timeout Error",
    aliases: [],
    sender: "Some HTTP proxies and client libraries (no vendor specification)",
    summary: "A proxy or client library timed out while connecting to the server.",
    explanation:
      "Some proxies and HTTP clients report a connection timeout to the upstream as 599. No standard defines it; treat it like 504, but for the connect phase.",
    whoActs: "intermediary",
    causes: [
      "An upstream that does not accept connections in time",
      "A firewall dropping the proxy's connections",
    ],
    hints: [
      "Test a plain TCP connection from the proxy host to the upstream (nc -vz host port).",
      "Check the proxy's connect timeout and the upstream's connection backlog.",
    ],
    headers: ["Server", "Via"],
    retry: "after-delay",
    related: [{ code: 504, note: "504 is the registered code for an upstream timeout." }],
    links: [],
  },
] satisfies StatusCard[];
