/*
 * Cards for Chromium's net::ERR_* failures of access, proxies, DNS and local resources.
 * Sources: Chromium's net/base/net_error_list.h at 0182b17bc505e3d68ffd2269d18e1a2fa5bc8876 (names, numbers,
 * meanings; the lines are checked in as tests/fixtures/chromium/net_error_list-extract.h), Firefox's
 * xpcom/base/ErrorList.py (mozilla/gecko-dev at 020ce4b8e6aad44c800895727117756fe3c4936f) for the NS_ERROR_*
 * aliases, Android's Network Security Configuration guide. Texts were written for Status Lens.
 */
import type { FailureCard } from "./entry";
import { NET_ERROR_LIST } from "./net-errors";

export const ACCESS_NET_ERRORS = [
  {
    name: "net::ERR_ACCESS_DENIED",
    netErrorNumber: -10,
    aliases: [],
    summary: "Chromium was denied access to something other than the network, such as a local file.",
    explanation:
      "The operating system or a browser policy refused access to a resource the request needed: a file:// path, an upload file, or a disk location. The network itself is not involved.",
    whoActs: "user",
    causes: ["A file:// URL the browser may not read", "A file picked for upload that was moved or locked"],
    hints: [
      "Check the file's permissions and whether it still exists.",
      "Serve local files from a local web server (npx serve) instead of file://.",
    ],
    headers: [],
    retry: "after-change",
    related: [],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_NETWORK_ACCESS_DENIED",
    netErrorNumber: -138,
    aliases: [],
    summary: "The system denied Chromium access to the network, most likely a firewall.",
    explanation:
      "The connection attempt was refused locally, before reaching the server: a firewall, security software or an OS permission blocks the browser from this network or port.",
    whoActs: "user",
    causes: [
      "A desktop firewall or security suite blocking the browser",
      "macOS Local Network permission denied for the browser (local addresses)",
    ],
    hints: [
      "Check the firewall or security software for a rule that blocks this browser or port.",
      "For a local-network address on macOS, allow the browser in System Settings > Privacy & Security > Local Network.",
    ],
    headers: [],
    retry: "after-change",
    related: [],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_CLEARTEXT_NOT_PERMITTED",
    netErrorNumber: -29,
    aliases: [],
    summary: "An Android app's security policy forbids plain http:// requests.",
    explanation:
      "Seen in Android WebViews and Chrome-based apps: since Android 9, apps refuse cleartext HTTP unless their Network Security Configuration allows it for the domain.",
    whoActs: "client",
    causes: [
      "An http:// URL loaded in an app targeting Android 9 or later",
      "A dev server reached over http from an Android app",
    ],
    hints: [
      "Use https:// for the URL.",
      "For development only, allow cleartext for that domain in the app's network_security_config.xml.",
    ],
    headers: [],
    retry: "after-change",
    related: [],
    links: [
      NET_ERROR_LIST,
      {
        title: "Android: Network security configuration",
        url: "https://developer.android.com/privacy-and-security/security-config",
      },
    ],
  },
  {
    name: "net::ERR_TUNNEL_CONNECTION_FAILED",
    netErrorNumber: -111,
    aliases: [],
    summary: "The proxy could not open a tunnel (CONNECT) to the target site.",
    explanation:
      "For https through an HTTP proxy, the browser asks the proxy to CONNECT to the host. The proxy answered with an error or refused, so no TLS connection to the site was possible.",
    whoActs: "intermediary",
    causes: [
      "A corporate proxy that blocks the destination or port",
      "A proxy that needs authentication Chromium could not provide",
    ],
    hints: [
      "Check chrome://net-export or the proxy's logs for the CONNECT answer (403, 407, 502).",
      "Test without the proxy, or ask its administrators whether the host is allowed.",
    ],
    headers: ["Proxy-Authenticate"],
    retry: "after-change",
    related: [{ code: 407, note: "407 is the proxy asking for credentials before it opens the tunnel." }],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_PROXY_CERTIFICATE_INVALID",
    netErrorNumber: -136,
    aliases: [],
    summary: "The HTTPS proxy presented a certificate Chromium does not accept.",
    explanation:
      "Chromium talks TLS to the proxy itself (an https:// proxy) and the proxy's own certificate failed validation, so no request went through it.",
    whoActs: "intermediary",
    causes: [
      "A proxy with a self-signed or expired certificate",
      "A proxy's CA not installed on this machine",
    ],
    hints: [
      "Install the organization's proxy CA in the system certificate store.",
      "Check the proxy certificate's host name against the proxy address configured.",
    ],
    headers: [],
    retry: "after-change",
    related: [],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_SOCKS_CONNECTION_FAILED",
    netErrorNumber: -120,
    aliases: [],
    summary: "The SOCKS proxy could not connect to the target host.",
    explanation:
      "The browser reached the configured SOCKS proxy, but the proxy failed to set up the connection to the destination, so the request never left it.",
    whoActs: "intermediary",
    causes: ["A SOCKS tunnel (ssh -D) that dropped", "A SOCKS proxy that cannot reach or resolve the target"],
    hints: [
      "Check that the SOCKS tunnel or proxy is still running.",
      "Test the same host through the proxy with curl --socks5-hostname.",
    ],
    headers: [],
    retry: "after-change",
    related: [],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_MANDATORY_PROXY_CONFIGURATION_FAILED",
    netErrorNumber: -131,
    aliases: [],
    summary: "A required proxy auto-config (PAC) script could not be fetched or run.",
    explanation:
      "A policy says all traffic must follow a PAC script, and that script failed to download, parse or execute. Without it Chromium may not connect directly, so every request fails.",
    whoActs: "intermediary",
    causes: ["An unreachable PAC URL", "A PAC script with a JavaScript error"],
    hints: [
      "Open chrome://net-internals/#proxy to see the PAC URL and its last error.",
      "Fetch the PAC URL yourself and check the script runs (a syntax error breaks every lookup).",
    ],
    headers: [],
    retry: "after-change",
    related: [],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_DNS_TIMED_OUT",
    netErrorNumber: -803,
    aliases: [],
    summary: "The DNS lookup for the host got no answer in time.",
    explanation:
      "Chromium asked its DNS resolver for the host's address and heard nothing back. The name may be fine; the resolver or the path to it is not answering.",
    whoActs: "user",
    causes: ["A DNS server that is down or unreachable", "A VPN or firewall dropping DNS traffic"],
    hints: [
      "Run nslookup or dig against the host to see whether the resolver answers at all.",
      "Try another resolver (for example the router's versus a public one) to find which one hangs.",
    ],
    headers: [],
    retry: "yes",
    related: [],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_DNS_SERVER_FAILED",
    netErrorNumber: -802,
    aliases: [],
    summary: "The DNS server answered with an error (server failure or refusal), not an address.",
    explanation:
      "Unlike a name that does not exist, here the resolver itself failed: it returned SERVFAIL, REFUSED or a similar error. Broken DNSSEC or an unreachable authoritative server are common causes.",
    whoActs: "server",
    causes: [
      "The domain's authoritative DNS servers down or misconfigured",
      "A DNSSEC validation failure (expired signatures)",
    ],
    hints: [
      "Run dig on the host and read the status field (SERVFAIL, REFUSED).",
      "Check the domain's DNSSEC with a tool such as DNSViz.",
    ],
    headers: [],
    retry: "after-delay",
    related: [],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_CONNECTION_FAILED",
    netErrorNumber: -104,
    aliases: [],
    summary: "The connection attempt failed for a reason Chromium does not name more precisely.",
    explanation:
      "Opening the TCP (or QUIC) connection did not work, and the failure did not fit refused, reset, timed out or unreachable. A broken network adapter, a VPN in transition or a local proxy are the usual suspects.",
    whoActs: "user",
    causes: [
      "A VPN or network adapter changing state",
      "Local security software interfering with connections",
    ],
    hints: [
      "Try the same URL from another network or device to separate the site from this machine.",
      "Capture chrome://net-export and read the socket events for the underlying OS error.",
    ],
    headers: [],
    retry: "yes",
    related: [],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_INSUFFICIENT_RESOURCES",
    netErrorNumber: -12,
    aliases: [],
    summary: "Chromium ran out of a resource (memory, sockets, handles) needed for the request.",
    explanation:
      "The request was not sent because the browser hit a limit of its own: too many requests in flight, too much memory, or too many open connections. The page is usually the cause, firing far more requests than it should.",
    whoActs: "client",
    causes: [
      "A loop that fires thousands of fetches at once",
      "Very large responses or blobs held in memory",
    ],
    hints: [
      "Count the requests the page starts in the Network panel; batch or throttle them.",
      "Watch the Memory panel for growth while the requests run.",
    ],
    headers: [],
    retry: "after-change",
    related: [],
    links: [NET_ERROR_LIST],
  },
] satisfies FailureCard[];
