/*
 * WebSocket close codes: every code in IANA's WebSocket Close Code Number Registry (1000–1015 and the 3000s
 * registered there) and the ranges RFC 6455 §7.4.2 sets aside. Sources: RFC 6455 §7.1.5, §7.4.1 and §7.4.2, the
 * IANA registry, the WHATWG WebSockets standard (what close() accepts, 1001 on unload), graphql-ws' PROTOCOL.md
 * for its 44xx codes. What Chromium does with each (which codes close() throws on, which received codes it turns
 * into 1006) was checked in Chromium 156 against the demo's /ws-close routes. Texts were written for Status Lens.
 */
import type { CloseCodeCard, Link } from "./entry";

type Shared = Partial<CloseCodeCard>;
const RFC_CODES = { standing: "standard", spec: "RFC 6455 §7.4.1", related: [] } satisfies Shared;
// Registered with IANA after RFC 6455, so no RFC section defines them.
const LATER_CODES = { standing: "extension", spec: "", related: [] } satisfies Shared;
// RFC 6455 §7.4.1: an endpoint MUST NOT put these in a close frame; an API reports them for what happened.
const NEVER_SENT = {
  standing: "reserved",
  spec: "RFC 6455 §7.4.1",
  headers: [],
  related: [],
} satisfies Shared;

const WHATWG_CLOSE: Link = {
  title: "WHATWG WebSockets: the close() method",
  url: "https://websockets.spec.whatwg.org/#dom-websocket-close",
};

export const WEBSOCKET_CLOSE_CODES = [
  {
    ...RFC_CODES,
    closeCode: 1000,
    name: "Normal Closure",
    aliases: ["CLOSE_NORMAL"],
    summary: "The socket was closed on purpose, after it had done its job.",
    explanation:
      "One side sent a close frame with 1000 and the other answered: the conversation ended as planned. A page's own socket.close() sends 1000 when it is called without a code. Nothing failed; if the socket was meant to stay open, look for the code that closed it, not at the network.",
    whoActs: "nobody",
    causes: [
      "The page called socket.close(), with no code or with 1000",
      "The server ended a session it considered finished (a logout, a finished job)",
    ],
    hints: [
      "If the socket should have stayed open, search the page's code for .close( and put a breakpoint there.",
      "Reconnect logic should treat 1000 as deliberate and not reconnect in a loop.",
    ],
    headers: [],
    retry: "yes",
    links: [WHATWG_CLOSE],
  },
  {
    ...RFC_CODES,
    closeCode: 1001,
    name: "Going Away",
    aliases: ["CLOSE_GOING_AWAY"],
    summary: "One end is leaving: a server shutting down, or a page being closed or navigated away from.",
    explanation:
      "The side that sent 1001 will not continue on this connection: a server process stopping or being redeployed, or a browser unloading the page that owned the socket (the WHATWG standard has browsers close a page's sockets with 1001 when it goes). A page cannot send 1001 itself: close() accepts only 1000 and 3000–4999. A client that gets it from the server should reconnect after a short random delay.",
    whoActs: "nobody",
    causes: [
      "The server is shutting down or being redeployed",
      "The page was closed, reloaded or navigated away from",
      "A proxy or load balancer draining its connections before a restart",
    ],
    hints: [
      "Reconnect after a short random delay: a deploy closes every client in the same second.",
      "If it happens at regular times, compare them with the server's deploy and restart schedule.",
    ],
    headers: [],
    retry: "after-delay",
  },
  {
    ...RFC_CODES,
    closeCode: 1002,
    name: "Protocol Error",
    aliases: ["CLOSE_PROTOCOL_ERROR"],
    summary: "An endpoint received frames that break the WebSocket protocol itself.",
    explanation:
      "The side that sent 1002 found a malformed frame: an unknown opcode, a control frame too long or split in pieces, a masking rule broken (clients must mask every frame, servers must not), or reserved bits set without an extension that uses them. That is a bug in a WebSocket implementation or in a proxy that rewrites the traffic, not in the application's messages.",
    whoActs: "server",
    causes: [
      "A hand-written or outdated WebSocket library on the server",
      "A proxy that modifies or re-frames WebSocket traffic",
      "A server sending masked frames, or a client sending unmasked ones",
    ],
    hints: [
      "Capture the raw frames on the server side (its library's debug log, or a packet capture) and read the frame just before the close.",
      "Connect to the server without the proxy in between to find which of the two breaks the frames; update that library.",
    ],
    headers: ["Sec-WebSocket-Extensions"],
    retry: "no",
  },
  {
    ...RFC_CODES,
    closeCode: 1003,
    name: "Unsupported Data",
    aliases: ["CLOSE_UNSUPPORTED"],
    summary: "An endpoint got a kind of message it cannot take, such as binary on a text-only socket.",
    explanation:
      "The receiver handles only text, or only binary, and got the other. The close follows that message, so the last message sent before it is the suspect: check whether it was a string or an ArrayBuffer or Blob.",
    whoActs: "client",
    causes: [
      "The page sent a Blob or ArrayBuffer to a server that reads only text, or a string to a binary-only one",
      "One side switched to a binary encoding (MessagePack, Protocol Buffers) that the other does not expect",
    ],
    hints: [
      "Look at the last message sent in DevTools' Messages tab: opcode 1 is text, 2 is binary.",
      "Make the page's messages and socket.binaryType agree with the type the server expects.",
    ],
    headers: [],
    retry: "after-change",
    related: [{ code: 415, note: "415 is HTTP's refusal of a body of a type the server does not take." }],
  },
  {
    closeCode: 1004,
    name: "Reserved",
    aliases: [],
    standing: "reserved",
    spec: "RFC 6455 §7.4.1",
    summary: "Set aside with no meaning: no endpoint should send it.",
    explanation:
      "RFC 6455 keeps 1004 for a meaning that was never defined. Early drafts of the protocol used it for a frame that was too large; that meaning was dropped and 1009 now covers it. A 1004 therefore comes from an implementation following an old draft or a table of its own. Chromium hands it to the page as it came (checked in Chromium 156).",
    whoActs: "server",
    causes: [
      "A server or library written against an early draft of the protocol",
      "A server that picks close codes from a table of its own",
    ],
    hints: [
      "Find where the server picks its close code and send a registered one instead (1009 if the message was too big).",
    ],
    headers: [],
    retry: "no",
    related: [],
  },
  {
    ...NEVER_SENT,
    closeCode: 1005,
    name: "No Status Received",
    aliases: ["CLOSED_NO_STATUS", "No Status Rcvd"],
    summary: "The other side closed cleanly but sent no code; 1005 itself is never sent.",
    explanation:
      "A WebSocket API reports 1005 when the close frame from the other side carried no code at all. The number must never travel in a frame: Chromium treats a frame that carries 1005 as broken and reports 1006 instead (checked in Chromium 156). Seeing 1005 in CloseEvent.code means the closing handshake was clean, but the other side did not say why it closed.",
    whoActs: "server",
    causes: [
      "The server closed with an empty close frame, which many libraries do when close() gets no code",
      "A proxy ended the socket with a bare close frame",
    ],
    hints: [
      "Have the server close with a code and a reason, so the page can tell a deliberate end from a failure.",
      "Read the server's log at the time of the close: the frame itself said nothing.",
    ],
    retry: "yes",
  },
  {
    ...NEVER_SENT,
    closeCode: 1006,
    name: "Abnormal Closure",
    aliases: ["CLOSE_ABNORMAL"],
    summary: "The connection ended with no close frame at all: it dropped, or it never opened.",
    explanation:
      "No peer sends 1006; the browser reports it when a socket ends without a closing handshake (RFC 6455 §7.1.5). Either the TCP connection was cut (a server crash, a proxy or load balancer ending an idle socket, the client's network changing) or the connection never became a WebSocket (a refused handshake, a DNS or TLS failure). The page gets nothing more: CloseEvent.wasClean is false and the reason is empty. Chromium also reports 1006 when the other side sends a code that must not be sent (1005, 1006, 1015).",
    whoActs: "intermediary",
    causes: [
      "An idle timeout in a proxy or load balancer on a quiet socket (nginx's proxy_read_timeout is 60 s unless set)",
      "The server process crashed or was killed without closing its sockets",
      "The handshake got an answer other than 101 (an error page, a redirect, a 403)",
      "The client's network changed or went away (a laptop sleeping, a Wi-Fi switch)",
      "A TLS failure on a wss:// connection",
    ],
    hints: [
      "Check whether the socket ever opened: if onopen never fired, the handshake failed, and Chromium's console names the status the server answered.",
      "If it dies after the same quiet period each time, send pings or heartbeat messages more often than the shortest idle timeout on the path.",
      "Compare the close time with the server's logs: a crash or restart in that second explains it.",
      "Reconnect with exponential backoff: 1006 alone does not say whether trying again helps.",
    ],
    headers: ["Upgrade", "Connection"],
    retry: "after-delay",
    related: [
      {
        code: 101,
        note: "101 is the handshake that opened the socket; without it, the socket never opened.",
      },
    ],
  },
  {
    ...RFC_CODES,
    closeCode: 1007,
    name: "Invalid Frame Payload Data",
    aliases: ["Invalid payload"],
    summary: "A message's bytes did not fit its type, typically invalid UTF-8 in a text message.",
    explanation:
      "Text messages must be valid UTF-8. When one is not, or compressed data cannot be inflated, the receiver closes with 1007. Browsers always encode strings as valid UTF-8, so a 1007 usually points at a server or proxy that cut a multi-byte character in two, or at a client library that sent raw bytes as text.",
    whoActs: "server",
    causes: [
      "A server that builds text frames from bytes and splits a multi-byte character",
      "Binary data sent with the text opcode",
      "A bug in a compression extension (permessage-deflate) on one side",
    ],
    hints: [
      "Find the message just before the close in the Messages tab and check that it decodes as UTF-8.",
      "Send binary payloads as binary messages, never as text.",
    ],
    headers: ["Sec-WebSocket-Extensions"],
    retry: "no",
  },
  {
    ...RFC_CODES,
    closeCode: 1008,
    name: "Policy Violation",
    aliases: [],
    summary:
      "The receiver refused a message or the connection because it breaks a rule, without saying which.",
    explanation:
      "1008 is the generic 'not allowed' close. Servers send it when a token expires or is missing after the socket opened, when the Origin is not allowed, when a client sends too much, or when a message fails validation, and they do not want to name the rule. The reason text, when there is one, is the best clue.",
    whoActs: "client",
    causes: [
      "An expired or missing token, checked after the socket opened",
      "An Origin the server does not allow",
      "Too many messages or connections from this client",
      "A message the server's validation rejects",
    ],
    hints: [
      "Read CloseEvent.reason: servers that send 1008 often name the rule there.",
      "Check the credentials the socket carries (a cookie, a token in the URL or in the first message) and renew them before reconnecting.",
      "Compare the handshake's Origin header with the origins the server allows.",
    ],
    headers: ["Origin", "Cookie", "Sec-WebSocket-Protocol"],
    retry: "after-change",
    related: [{ code: 403, note: "403 is the same refusal made at the handshake, before the socket opens." }],
  },
  {
    ...RFC_CODES,
    closeCode: 1009,
    name: "Message Too Big",
    aliases: ["CLOSE_TOO_LARGE"],
    summary: "A message was larger than the receiver is willing to take.",
    explanation:
      "Every WebSocket server, client library and proxy caps the size of one message or frame. A message over the cap is refused with 1009 and the connection goes with it. The cap belongs to the receiving side: the sender must split the data, or the receiver must raise its limit.",
    whoActs: "client",
    causes: [
      "The page sent a large payload (a file, a big JSON document) as one message",
      "A server library's default maximum message size, lower than the application needs",
      "The server sent a message larger than a client library or a proxy accepts",
    ],
    hints: [
      "Check the size of the last message sent before the close in the Messages tab.",
      "Split large data into chunks, or upload files over HTTP and send only a reference on the socket.",
      "Find the receiver's limit (its maximum message or payload size setting) and raise it if the size is legitimate.",
    ],
    headers: [],
    retry: "after-change",
    related: [{ code: 413, note: "413 is HTTP's answer to a request body that is too large." }],
  },
  {
    ...RFC_CODES,
    closeCode: 1010,
    name: "Mandatory Extension",
    aliases: ["Mandatory Ext.", "Missing extension"],
    summary: "The client left because the server did not accept an extension the client requires.",
    explanation:
      "A client lists the extensions it wants in Sec-WebSocket-Extensions; if it insists on one and the server's 101 answer leaves it out, the client ends the socket with 1010. Browsers insist on none, so a 1010 comes from a non-browser client, and only a server ever receives it.",
    whoActs: "server",
    causes: [
      "A non-browser client that requires permessage-deflate, or another extension, that the server does not offer",
      "A proxy that removes Sec-WebSocket-Extensions from the handshake",
    ],
    hints: [
      "Compare the Sec-WebSocket-Extensions the client sent with the one in the 101 answer.",
      "Enable the extension on the server, or let the client proceed without it.",
    ],
    headers: ["Sec-WebSocket-Extensions"],
    retry: "after-change",
  },
  {
    ...RFC_CODES,
    closeCode: 1011,
    name: "Internal Error",
    aliases: ["Server error"],
    summary: "The server hit an unexpected condition and gave up on the connection.",
    explanation:
      "The WebSocket counterpart of a 500: something failed on the server while it handled this connection or one of its messages, such as an unhandled exception or a backend that was down. The details are in the server's logs; the browser has none.",
    whoActs: "server",
    causes: [
      "An unhandled exception in the server's message handler",
      "A database or other backend the socket depends on being unavailable",
    ],
    hints: [
      "Find the server's log entry at the close time: the stack trace is there.",
      "Read CloseEvent.reason, where some servers put the error's message.",
      "Reconnect with backoff; a 1011 after the same message every time means that message triggers the bug.",
    ],
    headers: [],
    retry: "after-delay",
    related: [{ code: 500, note: "500 is the same failure reported on an HTTP request." }],
  },
  {
    ...LATER_CODES,
    closeCode: 1012,
    name: "Service Restart",
    aliases: [],
    summary: "The server is restarting; reconnect shortly.",
    explanation:
      "Registered with IANA after RFC 6455 was published. The server, or a proxy in front of it, is restarting and closes its sockets on purpose. Clients should come back after a delay spread at random, so they do not all return in the same second.",
    whoActs: "nobody",
    causes: [
      "A deploy or restart of the server",
      "A load balancer moving clients off an instance it is draining",
    ],
    hints: [
      "Reconnect after a random delay of a few seconds, with backoff if the restart takes longer.",
      "Keep what the client needs to resume (the last message id it saw) so the new socket picks up where the old one stopped.",
    ],
    headers: [],
    retry: "after-delay",
  },
  {
    ...LATER_CODES,
    closeCode: 1013,
    name: "Try Again Later",
    aliases: [],
    summary: "The server is overloaded or briefly unable to serve this client: come back later.",
    explanation:
      "Registered with IANA after RFC 6455 was published. The server is up but sheds load: it closes some clients and expects them to return after a while.",
    whoActs: "server",
    causes: [
      "The server is at its connection or capacity limit",
      "A temporary condition on the server, such as a backend that is down",
    ],
    hints: [
      "Reconnect with exponential backoff and jitter; reconnecting at once adds to the load.",
      "If the reason text names a wait, keep to it.",
    ],
    headers: [],
    retry: "after-delay",
    related: [{ code: 503, note: "503 says the same of an HTTP request." }],
  },
  {
    ...LATER_CODES,
    closeCode: 1014,
    name: "Bad Gateway",
    aliases: [],
    summary: "A gateway or proxy got an invalid answer from the server behind it.",
    explanation:
      "Registered with IANA after RFC 6455 was published. The side that closed is a gateway or proxy, and the upstream server it relays to failed or answered wrongly; HTTP's 502 says the same.",
    whoActs: "intermediary",
    causes: [
      "The WebSocket server behind a proxy is down or crashed",
      "The proxy and the server behind it disagree on the protocol",
    ],
    hints: [
      "Read the proxy's or gateway's error log at the close time: it names the upstream failure.",
      "Connect to the upstream server directly to see whether it answers.",
    ],
    headers: [],
    retry: "after-delay",
    related: [{ code: 502, note: "502 is the same failure on an HTTP request." }],
  },
  {
    ...NEVER_SENT,
    closeCode: 1015,
    name: "TLS Handshake",
    aliases: ["TLS handshake failure"],
    summary: "Set aside for a failed TLS handshake on wss://; never sent in a frame.",
    explanation:
      "An API may report 1015 when a wss:// connection fails because TLS could not be set up, for example when the certificate cannot be verified. No frame can carry it: without TLS there is no socket to send it on. Browsers report such a failure to the page as 1006, as they do every connection that never opened, and Chromium turns a received 1015 into 1006 too (checked in Chromium 156).",
    whoActs: "server",
    causes: [
      "An expired, self-signed or wrong-host certificate on the wss:// server",
      "No TLS version or cipher that client and server share",
      "A proxy that intercepts TLS with a certificate the client does not trust",
    ],
    hints: [
      "Open the same host over https:// in the browser: the certificate error shows there in full.",
      "Run openssl s_client -connect host:443 -servername host to see the certificate chain the server presents.",
    ],
    retry: "after-change",
  },
  {
    ...LATER_CODES,
    closeCode: 3000,
    name: "Unauthorized",
    aliases: [],
    summary: "The server wants the client to authenticate before it keeps the socket open.",
    explanation:
      "Registered with IANA in the range for libraries and frameworks, as the WebSocket counterpart of HTTP's 401: the connection lacks valid credentials, or they expired while it was open.",
    whoActs: "user",
    causes: ["No token or session cookie on the socket", "A token that expired while the socket was open"],
    hints: [
      "Check the token or cookie the socket carries; sign in again or renew it, then reconnect.",
      "If the token goes in the first message, make sure it is sent before anything else.",
    ],
    headers: ["Cookie", "Authorization"],
    retry: "after-change",
    related: [{ code: 401, note: "401 is the same demand made on an HTTP request." }],
  },
  {
    ...LATER_CODES,
    closeCode: 3003,
    name: "Forbidden",
    aliases: [],
    summary: "The server knows who the client is and does not allow what it asked.",
    explanation:
      "Registered with IANA in the range for libraries and frameworks, as the WebSocket counterpart of HTTP's 403: authenticating again will not change the answer; the account lacks the permission.",
    whoActs: "user",
    causes: [
      "The account lacks the role or permission for this channel or action",
      "A subscription to a resource owned by someone else",
    ],
    hints: [
      "Check which channel or action the last message asked for and whether this account may use it.",
      "Grant the permission on the server side; reconnecting as the same user will be refused again.",
    ],
    headers: [],
    retry: "after-change",
    related: [{ code: 403, note: "403 is the same refusal on an HTTP request." }],
  },
  {
    ...LATER_CODES,
    closeCode: 3008,
    name: "Timeout",
    aliases: [],
    summary: "The server closed because something took too long.",
    explanation:
      "Registered with IANA in the range for libraries and frameworks, as the WebSocket counterpart of HTTP's 408: the client did not send what the server waited for (an authentication message, a pong, a reply) in time.",
    whoActs: "client",
    causes: [
      "The client never sent the first message the server expects after opening",
      "Heartbeats that stopped because the tab was in the background or the client was busy",
    ],
    hints: [
      "Check what the server expects first after opening, and how soon.",
      "Make sure heartbeats keep going in background tabs, where browsers slow timers down.",
    ],
    headers: [],
    retry: "yes",
    related: [{ code: 408, note: "408 is the same timeout on an HTTP request." }],
  },
] satisfies CloseCodeCard[];

/** A range of codes RFC 6455 §7.4.2 sets aside; the card for a code in it names the code. */
export type CloseRangeCard = Omit<CloseCodeCard, "closeCode"> & { from: number; to: number };

const RANGE = { spec: "RFC 6455 §7.4.2", headers: [], related: [], aliases: [] } satisfies Shared;

export const WEBSOCKET_CLOSE_RANGES = [
  {
    ...RANGE,
    from: 0,
    to: 999,
    name: "Unused (0–999)",
    standing: "reserved",
    summary: "A code below 1000, which RFC 6455 gives no use.",
    explanation:
      "No meaning is, or can be, registered for a code below 1000. A page cannot send one (close() throws), so it came from the server or a library using numbers of its own; Chromium hands it to the page unchanged (checked in Chromium 156). Only the sender's code or documentation says what it meant.",
    whoActs: "server",
    causes: ["A server or library that picks its own numbers, or passes an error number as the close code"],
    hints: [
      "Search the server's code for the number, and move it to the private range 4000–4999 if it is the application's own.",
    ],
    retry: "no",
  },
  {
    ...RANGE,
    from: 1016,
    to: 2999,
    name: "Reserved for the protocol (1016–2999)",
    standing: "reserved",
    summary: "A code kept for later versions of the protocol and for extensions; none is assigned yet.",
    explanation:
      "RFC 6455 keeps 1000–2999 for itself, its future revisions and extensions with a public specification, and none past 1015 has been assigned. A page cannot send one; Chromium hands a received one to the page unchanged (checked in Chromium 156). It comes from a server or extension that made the number up.",
    whoActs: "server",
    causes: ["A server or extension that chose a number in the protocol's reserved range"],
    hints: [
      "Find which library or extension on the server sends it; an application's own codes belong in 4000–4999.",
    ],
    retry: "no",
  },
  {
    ...RANGE,
    from: 3000,
    to: 3999,
    name: "Library and framework codes (3000–3999)",
    standing: "unregistered",
    summary: "A code from the range libraries and frameworks register with IANA.",
    explanation:
      "Libraries, frameworks and applications register codes in 3000–3999 with IANA, first come, first served. The reference has cards for the three it knows of, 3000 Unauthorized, 3003 Forbidden and 3008 Timeout; for any other, look in IANA's registry and in the documentation of the WebSocket library the server uses. A page may send these codes too.",
    whoActs: "server",
    causes: ["A library or framework on the server (or in the page) with codes of its own"],
    hints: [
      "Look the number up in IANA's registry and in the server library's documentation.",
      "Read CloseEvent.reason: it often names what the code means.",
    ],
    retry: "after-change",
  },
  {
    ...RANGE,
    from: 4000,
    to: 4999,
    name: "Private use (4000–4999)",
    standing: "unregistered",
    summary: "An application's own code: it means what the application that sent it says.",
    explanation:
      "RFC 6455 leaves 4000–4999 to applications, and none is ever registered: the meaning is whatever the page and the server agreed on. Protocols built on WebSocket use this range; graphql-ws, for one, closes with 4408 when a client does not initialize in time and 4429 when it initializes twice. Both a page and a server may send these codes.",
    whoActs: "server",
    causes: ["An application rule, named by the application's own code table"],
    hints: [
      "Search the server's code, and the page's, for the number: whichever sends it defines it.",
      "Read CloseEvent.reason: applications that use private codes usually say why there.",
    ],
    retry: "after-change",
    links: [
      {
        title: "graphql-ws: GraphQL over WebSocket protocol",
        url: "https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md",
      },
    ],
  },
  {
    ...RANGE,
    from: 5000,
    to: 65535,
    name: "Outside every range (5000–65535)",
    standing: "unregistered",
    spec: "RFC 6455 §7.4",
    summary: "A code past 4999, which RFC 6455 does not define at all.",
    explanation:
      "A close frame's code is two bytes, so it can hold up to 65535, but RFC 6455 defines nothing past 4999. A page cannot send one (close() throws); Chromium hands a received one to the page unchanged (checked in Chromium 156). The server sent a number no other party can read.",
    whoActs: "server",
    causes: ["A server passing an application or HTTP error number straight into the close frame"],
    hints: ["Find where the server sets the close code and map its own numbers into 4000–4999."],
    retry: "no",
  },
] satisfies CloseRangeCard[];
