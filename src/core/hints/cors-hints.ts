import { firstHeaderValue, hasHeader, headerValues, originOf, tokenList } from "../http";
import { type Hint, hintsAbout, isPreflight, type RequestRecord } from "../model";
import { preflightHints } from "./cors-preflight-hints";

const ACAO = "Access-Control-Allow-Origin";
const hint = hintsAbout("cors", ACAO);

/** The Access-Control-Allow-Origin check of Fetch §4.9 for a response that arrived. */
function allowOriginHints(
  record: RequestRecord,
  origin: string,
  credentialed: boolean,
  blocked: boolean,
): Hint[] {
  const values = headerValues(record.responseHeaders, ACAO).map((v) => v.trim());
  const severity = blocked ? "error" : "warning";
  if (values.length === 0) {
    return blocked
      ? [hint("error", `No ${ACAO} in the response: the browser withholds it from ${origin}.`)]
      : [];
  }
  const value = values.join(", ");
  if (values.length > 1 || value.includes(",")) {
    return [hint(severity, `${ACAO} has several values (${value}); it must be exactly one origin or *.`)];
  }
  if (value === "*") {
    if (!credentialed) return [];
    return [
      hint(
        severity,
        `${ACAO}: * does not cover a request with credentials (cookies); it must name ${origin}.`,
      ),
    ];
  }
  if (value !== origin) {
    const near = value.toLowerCase().replace(/\/+$/, "") === origin.toLowerCase();
    const note = near ? " It must match exactly: no trailing slash, same case." : "";
    return [hint(severity, `${ACAO} is ${value}, but this request's origin is ${origin}.${note}`)];
  }
  const hints: Hint[] = [];
  const acac = firstHeaderValue(record.responseHeaders, "access-control-allow-credentials")?.trim();
  if (credentialed && acac !== "true") {
    const got = acac === undefined ? "is missing" : `is “${acac}”, not “true”`;
    hints.push(
      hint(
        severity,
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

/**
 * CORS for a cross-origin request: the request's Origin header, else the page's origin, against the
 * Access-Control-* headers of the response (or of the preflight when this is one).
 */
export function corsHints(
  record: RequestRecord,
  pageOrigin: string | undefined,
  preflightOfThis?: RequestRecord,
): Hint[] {
  const sentOrigin = firstHeaderValue(record.requestHeaders, "origin")?.trim();
  const origin = sentOrigin || pageOrigin;
  const target = originOf(record.url);
  // A request still in flight has no answer to judge yet.
  if (!origin || !target || origin === target || record.pending) return [];
  const kind = record.failure?.kind;
  if (kind === "network" || kind === "blocked" || kind === "canceled") return [];
  const preflight = isPreflight(record);
  // A preflight never carries cookies and does not say whether the real request will.
  const credentialed = !preflight && hasHeader(record.requestHeaders, "cookie");
  // A CORS block keeps the response headers in the HAR (status 0, withheldStatus set): they are the evidence.
  const answered = record.responseHeaders.length > 0;
  if (!answered) {
    // Without an Origin header only a named CORS failure says CORS was involved (images and scripts need none).
    if (!sentOrigin && kind !== "cors") return [];
    // Its preflight, when the log holds it and it was refused, says exactly why nothing reached the page.
    const refused = preflightOfThis ? preflightHints(preflightOfThis, credentialed) : [];
    if (refused.length > 0) {
      const { status } = preflightOfThis as RequestRecord;
      return refused.map((h) => ({
        ...h,
        text: `Its preflight (OPTIONS, ${status}) was refused: ${h.text}`,
      }));
    }
    return [
      hint(
        "error",
        `No response reached ${origin}: the server's answer carried no ${ACAO} for it, or a preflight failed.`,
      ),
    ];
  }
  const blocked = kind === "cors" || preflight;
  const hints = [...withheldHints(record), ...allowOriginHints(record, origin, credentialed, blocked)];
  return preflight ? [...hints, ...preflightHints(record, credentialed)] : hints;
}
