import { type CorsReason, corsReasonOf, corsReasonTitle, preflightBreaks } from "../cors";
import { firstHeaderValue, hasHeader, headerValues, originOf, tokenList } from "../http";
import { type Hint, hintsAbout, isPreflight, type RequestRecord, shorten } from "../model";
import { preflightHints } from "./cors-preflight-hints";

const ACAO = "Access-Control-Allow-Origin";
const hint = hintsAbout("cors", ACAO);

/** What a response the browser let through still gets wrong or risks (Fetch §4.9): warnings, never a block. */
function allowOriginHints(record: RequestRecord, origin: string, credentialed: boolean): Hint[] {
  const values = headerValues(record.responseHeaders, ACAO).map((v) => v.trim());
  if (values.length === 0) return [];
  const value = values.join(", ");
  if (values.length > 1 || value.includes(",")) {
    return [hint("warning", `${ACAO} has several values (${value}); it must be exactly one origin or *.`)];
  }
  if (value === "*") {
    if (!credentialed) return [];
    return [
      hint(
        "warning",
        `${ACAO}: * does not cover a request with credentials (cookies); it must name ${origin}.`,
      ),
    ];
  }
  if (value !== origin) {
    return [hint("warning", `${ACAO} is ${value}, but this request's origin is ${origin}.`)];
  }
  const hints: Hint[] = [];
  const acac = firstHeaderValue(record.responseHeaders, "access-control-allow-credentials")?.trim();
  if (credentialed && acac !== "true") {
    const got = acac === undefined ? "is missing" : `is “${acac}”, not “true”`;
    hints.push(
      hint(
        "warning",
        `Access-Control-Allow-Credentials ${got} on a request that sent cookies.`,
        "Access-Control-Allow-Credentials",
      ),
    );
  }
  const vary = tokenList(headerValues(record.responseHeaders, "vary")).map((v) => v.toLowerCase());
  if (!isPreflight(record) && !vary.includes("origin") && !vary.includes("*")) {
    hints.push(
      hint(
        "info",
        `${ACAO} echoes ${origin} but Vary lacks Origin: a cache may hand this response to another origin.`,
        "Vary",
      ),
    );
  }
  return hints;
}

/** The status the server sent before the browser hid the response: error pages often skip the CORS middleware. */
function withheldHints(record: RequestRecord): Hint[] {
  const status = record.withheldStatus;
  if (status === undefined || record.failure?.kind !== "cors") return [];
  const note =
    status >= 400 && !hasHeader(record.responseHeaders, ACAO)
      ? " Error responses often skip the CORS headers that successful ones get."
      : "";
  return [hint("info", `The server answered ${status}; the browser hid it from the page.${note}`, "Status")];
}

/** The browser blocked it for CORS: a request it reported so, or a preflight it refused or that failed. */
function isCorsBlocked(record: RequestRecord): boolean {
  if (record.pending) return false;
  if (isPreflight(record)) return record.failure !== undefined || preflightBreaks(record) !== undefined;
  return record.failure?.kind === "cors";
}

/**
 * Which CORS rule blocked this request or preflight (see corsReasonOf), or undefined when CORS did not block it;
 * values and text are shortened, since the page controls them. The card shows it first; the finding repeats it.
 */
export function corsBlockOf(
  record: RequestRecord,
  pageOrigin: string | undefined,
  preflightOfThis?: RequestRecord,
): CorsReason | undefined {
  if (!isCorsBlocked(record)) return undefined;
  const reason = corsReasonOf({ record, preflight: preflightOfThis, pageOrigin });
  const values = reason.values.map((v) => ({ ...v, value: shorten(v.value, 200) }));
  return { ...reason, why: shorten(reason.why), values };
}

/** The reason as one finding, for the terminal and the copied Markdown; the card shows it as its own section. */
function reasonHint(reason: CorsReason): Hint {
  const source = reason.values.at(-1)?.header;
  const text = `${corsReasonTitle(reason)}: ${reason.why}`;
  return { topic: "cors-reason", severity: "error", text, ...(source ? { source } : {}) };
}

/**
 * CORS for a cross-origin request: the request's Origin header, else the page's origin, against the
 * Access-Control-* headers of the response (or of the preflight when this is one). A blocked one gets the rule
 * that blocked it (corsBlockOf); one that passed, the warnings its headers still deserve.
 */
export function corsHints(
  record: RequestRecord,
  pageOrigin: string | undefined,
  preflightOfThis?: RequestRecord,
): Hint[] {
  const sentOrigin = firstHeaderValue(record.requestHeaders, "origin")?.trim();
  const origin = sentOrigin || pageOrigin;
  const target = originOf(record.url);
  // A request still in flight has no answer to judge yet; a WebSocket's server checks Origin itself, not CORS.
  if (!origin || !target || origin === target || record.pending || record.resourceType === "websocket")
    return [];
  const preflight = isPreflight(record);
  const blocked = corsBlockOf(record, pageOrigin, preflightOfThis);
  if (blocked) {
    // Browsers still let "*" cover Authorization: a warning even when something else refused the preflight.
    return [...withheldHints(record), reasonHint(blocked), ...(preflight ? preflightHints(record) : [])];
  }
  const kind = record.failure?.kind;
  if (kind === "network" || kind === "blocked" || kind === "canceled") return [];
  // A preflight never carries cookies and does not say whether the real request will.
  const credentialed = !preflight && hasHeader(record.requestHeaders, "cookie");
  if (record.responseHeaders.length === 0) {
    // Without an Origin header only a named CORS failure says CORS was involved (images and scripts need none).
    return sentOrigin
      ? [
          hint(
            "error",
            `No response reached ${origin}: the server's answer carried no ${ACAO} for it, or a preflight failed.`,
          ),
        ]
      : [];
  }
  const hints = allowOriginHints(record, origin, credentialed);
  return preflight ? [...hints, ...preflightHints(record)] : hints;
}
