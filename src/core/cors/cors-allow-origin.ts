import type { CorsRule } from "../../reference";
import { firstHeaderValue, headerValues, parseUrl } from "../http";
import type { HeaderField } from "../model";

/** How sure a CORS reason is: read off the headers, the only rule left, or a guess from what is missing. */
export type CorsCertainty = "certain" | "likely" | "guess";

/** A header value a reason was read from, and which message carried it. */
export interface CorsValue {
  header: string;
  value: string;
  from: "request" | "response" | "preflight request" | "preflight response";
}

/** Which rule broke, how sure that is, what to do about it, and the values it was read from. */
export interface CorsReason {
  reason: CorsRule;
  certainty: CorsCertainty;
  /** What failed and what the server (or page) should change, naming the values. */
  why: string;
  values: CorsValue[];
}

/** Whether the request carried credentials: a Cookie proves it; the HAR never records the credentials mode. */
export type Credentials = "sent" | "unknown";

const ACAO = "Access-Control-Allow-Origin";
const ACAC = "Access-Control-Allow-Credentials";

/** What to fix when the allowed origin is close to this one: a slash, the case, the scheme or the port. */
function nearMiss(allowed: string, origin: string): string | undefined {
  if (allowed.replace(/\/+$/, "") === origin) return "drop the trailing slash, an origin has no path.";
  if (allowed.toLowerCase() === origin.toLowerCase()) return "origins are compared exactly, case included.";
  const a = parseUrl(allowed);
  const b = parseUrl(origin);
  if (!a || !b || a.hostname !== b.hostname) return undefined;
  if (a.protocol !== b.protocol) return `the scheme differs (${a.protocol} against ${b.protocol}).`;
  return a.host !== b.host ? "the port differs, and an origin includes its port." : undefined;
}

/**
 * The Access-Control-Allow-Origin and -Credentials check of Fetch §4.9, in Chromium's order (cors.cc
 * CheckAccessInternal: "*", missing, several values, "null", not a URL, mismatch, then credentials), on the
 * headers of a response or a preflight's answer. Undefined when the headers pass. `origin` undefined: unknown.
 */
export function allowOriginReason(
  headers: readonly HeaderField[],
  origin: string | undefined,
  credentials: Credentials,
  from: "response" | "preflight response",
): CorsReason | undefined {
  const values = headerValues(headers, ACAO).map((v) => v.trim());
  const allowed = values.join(", ");
  const seen = [{ header: ACAO, value: allowed, from }];
  // The cookie's value is a secret, and only its presence matters here.
  const cookie =
    credentials === "sent" ? [{ header: "Cookie", value: "(sent)", from: "request" as const }] : [];
  const sent = origin ? [{ header: "Origin", value: origin, from: "request" as const }] : [];
  if (allowed === "*") {
    if (credentials === "sent")
      return {
        reason: "wildcard-with-credentials",
        certainty: "certain",
        why: `The request sent cookies, and ${ACAO}: * never covers a request with credentials. The server must echo the request's Origin instead of *, add ${ACAC}: true, and send Vary: Origin.`,
        values: [...cookie, ...seen],
      };
    return {
      reason: "wildcard-with-credentials",
      certainty: "likely",
      why: `${ACAO}: * fails only for a request with credentials (credentials: "include", withCredentials), so this one most likely had them; the log does not record the credentials mode. Echo the request's Origin instead of *, with ${ACAC}: true, or send the request without credentials.`,
      values: seen,
    };
  }
  if (values.length === 0)
    return {
      reason: "missing-allow-origin",
      certainty: "certain",
      why: `The ${from === "response" ? "response" : "preflight's answer"} has no ${ACAO}, so the browser keeps it from ${origin ?? "the page"}. The server must send ${ACAO}${origin ? `: ${origin}` : ""}; error pages and proxies often leave it out.`,
      values: [...sent, { header: ACAO, value: "(none)", from }],
    };
  if (/[ ,]/.test(allowed))
    return {
      reason: "multiple-allow-origin",
      certainty: "certain",
      why: `${ACAO} carries several values (${allowed}); it must be exactly one origin or *. Usually two layers (the app and a proxy) each add it: keep one, and have it echo the allowed Origin.`,
      values: seen,
    };
  if (!origin)
    return {
      reason: "origin-mismatch",
      certainty: "guess",
      why: `${ACAO} is ${allowed}, but the log does not show this page's origin, so it cannot be compared. The Console's CORS message names the origin.`,
      values: seen,
    };
  if (allowed === origin) return credentialsReason(headers, credentials, from, [...sent, ...cookie, ...seen]);
  const values2 = [...sent, ...seen];
  if (allowed === "null")
    return {
      reason: "origin-mismatch",
      certainty: "certain",
      why: `${ACAO} is null, the origin of sandboxed frames and local files, not ${origin}. Send ${origin} instead; allowing null lets any sandboxed page in.`,
      values: values2,
    };
  if (!parseUrl(allowed))
    return {
      reason: "invalid-allow-origin",
      certainty: "certain",
      why: `${ACAO} is ${allowed}, which is not an origin (scheme://host[:port]). Send ${origin}.`,
      values: values2,
    };
  const near = nearMiss(allowed, origin);
  const fix = near ? `Send exactly ${origin}: ${near}` : `Add ${origin} to the server's allowed origins.`;
  return {
    reason: "origin-mismatch",
    certainty: "certain",
    why: `The server allows ${allowed}, but this page is ${origin}. ${fix}`,
    values: values2,
  };
}

/** Fetch §4.9 step 7: a request with credentials also needs Access-Control-Allow-Credentials: true, exactly. */
function credentialsReason(
  headers: readonly HeaderField[],
  credentials: Credentials,
  from: "response" | "preflight response",
  seen: CorsValue[],
): CorsReason | undefined {
  const acac = firstHeaderValue(headers, ACAC);
  if (acac === "true") return undefined;
  const values = [...seen, { header: ACAC, value: acac ?? "(none)", from }];
  const got = acac === undefined ? "is missing" : `is "${acac}"`;
  return {
    reason: "credentials-not-allowed",
    certainty: credentials === "sent" ? "certain" : "likely",
    why:
      credentials === "sent"
        ? `The request sent cookies, and ${ACAC} ${got}; it must be exactly true for the page to read the answer.`
        : `${ACAO} matches, so the rule left is credentials: ${ACAC} ${got}, which fails a request sent with credentials (the log does not record whether it was). Send ${ACAC}: true, or drop credentials from the request.`,
    values,
  };
}
