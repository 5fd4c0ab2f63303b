/**
 * The words the reference and the core share: status classes and why a request got no status. They live here,
 * at the bottom, so the reference imports nothing from the core; the core re-exports them.
 */
export const STATUS_CLASSES = ["1xx", "2xx", "3xx", "4xx", "5xx"] as const;
export type StatusClass = (typeof STATUS_CLASSES)[number];

/** Why a request has no HTTP status. */
export const FAILURE_KINDS = ["network", "blocked", "canceled", "cors", "unknown"] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

const CANCELED = /ERR_ABORTED|NS_BINDING_ABORTED|cancel+ed|\baborted?\b/i;
const CORS = /\bcors\b/i;
// net::ERR_BLOCKED_BY_CLIENT / _CSP / _ORB / _RESPONSE / _ADMINISTRATOR, Firefox's NS_ERROR_*_BLOCKED_*, DevTools labels.
const BLOCKED = /ERR_BLOCKED_BY_|BLOCKED_URI|NS_ERROR_[A-Z_]*BLOCK|\bblocked\b|ERR_UNSAFE_PORT/i;
const NETWORK = /^(?:net::)?ERR_[A-Z0-9_]+$|^NS_ERROR_[A-Z0-9_]+$/i;
// Playwright's Firefox and WebKit write prose instead of error names.
const NETWORK_WORDS =
  /refused|reset|timed? ?out|could not resolve|name not resolved|dns|ssl|tls|certificate|unreachable|disconnected/i;

/**
 * The kind a browser's error text names, before looking at origins; undefined when the text names none. The one
 * reading of error text: the row's label, the filters, the card and the CLI all take their kind from it. CORS is
 * tested before "blocked" because browsers word a CORS block as "blocked by CORS policy".
 */
export function failureKindOfError(error: string): FailureKind | undefined {
  const text = typeof error === "string" ? error.trim() : "";
  if (text === "") return undefined;
  if (CANCELED.test(text)) return "canceled";
  if (CORS.test(text)) return "cors";
  if (BLOCKED.test(text)) return "blocked";
  // ERR_FAILED is Chromium's catch-all: CORS blocks show up as it, so it names no kind by itself.
  if (/^(?:net::)?ERR_FAILED$/i.test(text)) return undefined;
  if (NETWORK.test(text) || NETWORK_WORDS.test(text)) return "network";
  return undefined;
}
