import { firstHeaderValue, headerValues, tokenList } from "../http";
import { allowsOrigin } from "./failure-kind";
import type { RequestRecord } from "./request-record";

const SAFELISTED_METHODS = ["GET", "HEAD", "POST"];

/** A CORS preflight: Chrome's "preflight" resource type, or an OPTIONS carrying Access-Control-Request-Method. */
export function isPreflight(record: RequestRecord): boolean {
  if (record.resourceType === "preflight") return true;
  return (
    record.method === "OPTIONS" &&
    firstHeaderValue(record.requestHeaders, "access-control-request-method") !== undefined
  );
}

/** What a preflight's answer refused of what it asked (Fetch §4.8); each part present only when refused. */
export interface PreflightRefusal {
  /** A status outside 2xx: the real request is never sent. */
  status?: number;
  /** The method asked for, which Access-Control-Allow-Methods does not list (`allowed` is what it lists). */
  method?: { asked: string; allowed: string[] };
  /** Headers asked for that Access-Control-Allow-Headers does not cover. */
  headers?: { missing: string[]; allowed: string[] };
  /** Access-Control-Allow-Origin missing, several, or not the Origin the preflight sent (its values). */
  origin?: { allowed: string[] };
}

/**
 * Why the browser would refuse this preflight's answer, or undefined when it would not (or cannot be judged: no
 * answer). `credentialed`: the real request carries credentials, so "*" is a literal, not a wildcard.
 */
export function preflightRefusal(record: RequestRecord, credentialed = false): PreflightRefusal | undefined {
  const refusal: PreflightRefusal = {};
  const status = record.withheldStatus ?? record.status;
  if (status > 0 && (status < 200 || status > 299)) refusal.status = status;
  if (record.responseHeaders.length > 0) {
    const origin = firstHeaderValue(record.requestHeaders, "origin")?.trim();
    if (origin && !allowsOrigin(record, origin.toLowerCase())) {
      refusal.origin = { allowed: headerValues(record.responseHeaders, "access-control-allow-origin") };
    }
    const wildcard = (list: string[]) => !credentialed && list.includes("*");
    const asked = (firstHeaderValue(record.requestHeaders, "access-control-request-method") ?? "").trim();
    const methods = tokenList(headerValues(record.responseHeaders, "access-control-allow-methods"));
    if (asked && !SAFELISTED_METHODS.includes(asked) && !methods.includes(asked) && !wildcard(methods)) {
      refusal.method = { asked, allowed: methods };
    }
    const allowed = allowedHeaders(record);
    // Fetch §3.2.5 keeps Authorization out of "*", but Chromium 156 (checked), Firefox and Safari still let it
    // through (whatwg/fetch#1919): only a warning, see authorizationOnlyByWildcard.
    const missing = askedHeaders(record).filter((h) => !allowed.includes(h) && !wildcard(allowed));
    if (missing.length > 0) refusal.headers = { missing, allowed };
  }
  return Object.keys(refusal).length > 0 ? refusal : undefined;
}

const namesIn = (headers: RequestRecord["requestHeaders"], field: string) =>
  tokenList(headerValues(headers, field)).map((h) => h.toLowerCase());
const askedHeaders = (record: RequestRecord) =>
  namesIn(record.requestHeaders, "access-control-request-headers");
const allowedHeaders = (record: RequestRecord) =>
  namesIn(record.responseHeaders, "access-control-allow-headers");

/** A preflight that asked for Authorization and got only "*": allowed today, refused by the standard. */
export function authorizationOnlyByWildcard(record: RequestRecord): boolean {
  const allowed = allowedHeaders(record);
  return (
    askedHeaders(record).includes("authorization") &&
    allowed.includes("*") &&
    !allowed.includes("authorization")
  );
}
