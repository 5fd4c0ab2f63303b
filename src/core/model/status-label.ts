import { statusNameOf } from "../../reference";
import { firstHeaderValue } from "../http";
import { isPreflight, preflightRefusal } from "./preflight";
import type { RequestRecord } from "./request-record";
import { shorten } from "./shown-text";

// A reason phrase or an error is a few words; anything longer came from somewhere odd.
const MAX_LABEL = 200;
const MAX_CODE = 24;

/** A row's Status cell, as Chrome's Network panel writes it. */
export interface StatusLabel {
  /** The first line: "404", "(failed)", "CORS error", "(blocked:other)", "(canceled)", "(pending)". */
  code: string;
  /** The second line: the reason phrase (else the reference's name), or the error Chrome shows under "(failed)". */
  text: string;
  /** Where the text came from, so the UI can say "name from the reference". */
  source: "server" | "reference" | "browser" | "none";
  /**
   * What Chrome knows and a HAR does not, when the label had to be inferred: Chrome reads the blocked reason and
   * the CORS rule from the network service, while the log an extension or a HAR file holds keeps only `_error`.
   */
  approximation?: string;
  /** What the row must say beyond Chrome's label: a preflight the browser refused is itself the failure. */
  note?: "preflight refused";
}

/**
 * Chrome's blocked labels by the net error behind them (DevTools' NetworkRequestNode.renderStatusCell, read in
 * Chromium 156). A blocked request whose error is not here (ERR_BLOCKED_BY_ORB, ERR_UNSAFE_PORT...) is shown by
 * Chrome as "(failed)" with its error, and so here.
 */
const BLOCKED_AS: ReadonlyMap<string, { reason: string; approximation?: string }> = new Map([
  [
    "ERR_BLOCKED_BY_CLIENT",
    {
      reason: "other",
      approximation:
        "Chrome says (blocked:other) for an extension's block; for the same error it may say mixed-content, devtools or subresource-filter, which the log does not record.",
    },
  ],
  ["ERR_BLOCKED_BY_CSP", { reason: "csp" }],
]);

/**
 * Chrome's wording of a block by the response's own headers, by the reason Chromium appends to the error
 * ("net::ERR_BLOCKED_BY_RESPONSE.NotSameOrigin", captured in chromium-preflight.har); the others follow the
 * same naming, with DevTools' wording for each.
 */
const RESPONSE_BLOCKS: ReadonlyMap<string, string> = new Map([
  ["NotSameOrigin", 'CORP not "same-origin"'],
  ["NotSameSite", 'CORP not "same-site"'],
  [
    "NotSameOriginAfterDefaultedToSameOriginByCoep",
    'CORP not "same-origin" after defaulted to "same-origin" by COEP',
  ],
  ["CoepFrameResourceNeedsCoepHeader", "COEP-framed resource needs COEP header"],
  ["CoopSandboxedIFrameCannotNavigateToCoopPage", "Sandboxed iframe’s popup cannot navigate to COOP page"],
]);

// Without the reason (a HAR from elsewhere), the response's Cross-Origin-Resource-Policy names it.
const CORP_REASONS: ReadonlyMap<string, string> = new Map([
  ["same-origin", 'CORP not "same-origin"'],
  ["same-site", 'CORP not "same-site"'],
]);

// Worded for both browsers: core cannot tell which one the panel runs in, and Firefox's log names no error at all.
const NO_ERROR_APPROXIMATION =
  "The log records no error for this request (Firefox's never does). The browser's own Network panel may know more: in Chrome, a request blocked before it left the page (by Content-Security-Policy or as mixed content) reads (blocked:csp) or (blocked:mixed-content) there.";

const CORS_APPROXIMATION =
  "The browser names the CORS rule that failed (Chrome in its Status cell's tooltip, e.g. MissingAllowOriginHeader; Firefox in the Console); the log an extension reads does not carry it, so the card infers it from the headers.";

const errorName = (error: string) =>
  /^(?:net::)?(ERR_[A-Z0-9_]+)(?:\.\w+)?$/i.exec(error.trim())?.[1]?.toUpperCase();
const reasonOf = (error: string) => /^(?:net::)?ERR_BLOCKED_BY_RESPONSE\.(\w+)$/i.exec(error.trim())?.[1];

function failureLabel(record: RequestRecord): StatusLabel {
  const { kind, error = "" } = record.failure ?? { kind: "unknown" };
  // A DevTools label exported as the error ("(blocked:mixed-content)", "(canceled)") is already Chrome's.
  if (/^\((?:blocked:[^)]*|canceled)\)$/.test(error.trim()))
    return { code: error.trim(), text: "", source: "browser" };
  if (kind === "cors")
    return { code: "CORS error", text: "", source: "browser", approximation: CORS_APPROXIMATION };
  if (kind === "canceled") return { code: "(canceled)", text: "", source: "browser" };
  const name = errorName(error);
  const blocked = kind === "blocked" && name ? BLOCKED_AS.get(name) : undefined;
  if (blocked)
    return { code: `(blocked:${blocked.reason})`, text: "", source: "browser", ...approximated(blocked) };
  const byResponse = name === "ERR_BLOCKED_BY_RESPONSE" ? responseBlockOf(record, error) : undefined;
  if (byResponse) return { code: `(blocked:${byResponse})`, text: "", source: "browser" };
  if (!error.trim() && kind === "unknown") {
    return { code: "(failed)", text: "", source: "none", approximation: NO_ERROR_APPROXIMATION };
  }
  // Chrome keeps the net:: prefix under "(failed)"; a bare ERR_ name gets it back.
  const shown = name && !/^net::/i.test(error.trim()) ? `net::${name}` : error.trim();
  return { code: "(failed)", text: shorten(shown, MAX_LABEL), source: shown ? "browser" : "none" };
}

function responseBlockOf(record: RequestRecord, error: string): string | undefined {
  const reason = reasonOf(error);
  if (reason) return RESPONSE_BLOCKS.get(reason);
  const policy = firstHeaderValue(record.responseHeaders, "Cross-Origin-Resource-Policy")
    ?.trim()
    .toLowerCase();
  return policy ? CORP_REASONS.get(policy) : undefined;
}

const approximated = (from: { approximation?: string }) =>
  from.approximation ? { approximation: from.approximation } : {};

export function statusLabel(record: RequestRecord): StatusLabel {
  // getHAR lists requests still in flight; their finished copy replaces them in the store.
  if (record.pending) return { code: "(pending)", text: "", source: "none" };
  if (record.failure) return failureLabel(record);
  const label = answeredLabel(record);
  return isPreflight(record) && preflightRefusal(record) ? { ...label, note: "preflight refused" } : label;
}

function answeredLabel(record: RequestRecord): StatusLabel {
  // A HAR may hold any number here (1e21, Infinity for a status too long to read): shown as JavaScript writes it.
  const code = shorten(String(record.status), MAX_CODE);
  if (record.statusText.trim())
    return { code, text: shorten(record.statusText, MAX_LABEL), source: "server" };
  // A server's 0 has no name: the reference's card for 0 is the no-response one.
  if (record.status === 0) return { code, text: "", source: "none" };
  const named = statusNameOf(record.status);
  // HTTP/2 and HTTP/3 carry no reason phrase: show the registered name, unless the code is not one we know.
  return named ? { code, text: named.name, source: "reference" } : { code, text: "", source: "none" };
}

/** The whole cell as one line, as Chrome's tooltip writes it ("(failed) net::ERR_CONNECTION_REFUSED"), and our note. */
export function statusLine(label: StatusLabel): string {
  const line = label.text ? `${label.code} ${label.text}` : label.code;
  return label.note ? `${line} (${label.note})` : line;
}
