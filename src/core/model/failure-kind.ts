import { firstHeaderValue, headerValues, originOf } from "../http";
import { failureKindOfError } from "./bucket";
import type { Failure, HeaderField } from "./request-record";

/** What a request that got no usable response tells about why. */
export interface FailureEvidence {
  /** The browser's error text (Chromium `_error`, Playwright `_failureText`), "" when none. */
  error: string;
  url: string;
  requestHeaders: readonly HeaderField[];
  responseHeaders: readonly HeaderField[];
  /** URL of the document or script that started the request, when known. */
  initiator?: string;
  /** The record's resource type ("fetch", "script", ...), for requests that do not say their fetch mode. */
  resourceType?: string;
}

/**
 * The page's origin as the request shows it: its Origin header; else the target's own origin when Sec-Fetch-Site
 * says same-origin; else its Referer (the document's URL for a fetch); else, last, its initiator, which for a
 * request started by a script is the script's URL and so names a CDN host rather than the page.
 */
export function pageOriginOf(evidence: Omit<FailureEvidence, "error">): string | undefined {
  const origin = firstHeaderValue(evidence.requestHeaders, "Origin")?.trim();
  if (origin) return origin.toLowerCase();
  const site = firstHeaderValue(evidence.requestHeaders, "Sec-Fetch-Site")?.trim().toLowerCase();
  if (site === "same-origin") return originOf(evidence.url);
  const referer = firstHeaderValue(evidence.requestHeaders, "Referer");
  const fromReferer = referer ? originOf(referer) : undefined;
  if (fromReferer) return fromReferer;
  return evidence.initiator ? originOf(evidence.initiator) : undefined;
}

// Only CORS-mode requests can be CORS-blocked: a <script> or <img> (no-cors) fails for other reasons.
function isCorsMode(evidence: Omit<FailureEvidence, "error">): boolean {
  // A WebSocket handshake sends Origin but no CORS check applies to it (the server decides by Origin itself).
  if (evidence.resourceType === "websocket") return false;
  const mode = firstHeaderValue(evidence.requestHeaders, "Sec-Fetch-Mode")?.trim().toLowerCase();
  if (mode) return mode === "cors";
  if (firstHeaderValue(evidence.requestHeaders, "Origin")) return true;
  return evidence.resourceType === "fetch" || evidence.resourceType === "xhr";
}

/** A CORS-mode request to another origin than the page's: the only kind CORS can block. */
function isCrossOriginCors(evidence: Omit<FailureEvidence, "error">): boolean {
  if (!isCorsMode(evidence)) return false;
  const pageOrigin = pageOriginOf(evidence);
  const target = originOf(evidence.url);
  return pageOrigin !== undefined && target !== undefined && pageOrigin !== target;
}

/**
 * Whether the response's Access-Control-Allow-Origin (and, when cookies were sent, -Credentials) lets the page
 * read it (Fetch §4.9): exactly one value, "*" without credentials or the page's origin.
 */
export function allowsOrigin(
  evidence: Pick<FailureEvidence, "requestHeaders" | "responseHeaders">,
  pageOrigin: string,
): boolean {
  const allowed = headerValues(evidence.responseHeaders, "Access-Control-Allow-Origin").map((v) => v.trim());
  const [value] = allowed;
  if (allowed.length !== 1 || value === undefined || /[ ,]/.test(value)) return false;
  const credentialed = firstHeaderValue(evidence.requestHeaders, "Cookie") !== undefined;
  if (value === "*") return !credentialed;
  if (value.toLowerCase() !== pageOrigin) return false;
  return (
    !credentialed || firstHeaderValue(evidence.responseHeaders, "Access-Control-Allow-Credentials") === "true"
  );
}

/**
 * Probable CORS block (Fetch §3.2.5): a CORS-mode request to another origin than the page's whose response
 * (if any) lacks an Access-Control-Allow-Origin that lets the page read it.
 */
export function isProbableCorsBlock(evidence: Omit<FailureEvidence, "error">): boolean {
  if (!isCrossOriginCors(evidence)) return false;
  const pageOrigin = pageOriginOf(evidence);
  return pageOrigin === undefined || !allowsOrigin(evidence, pageOrigin);
}

/**
 * A response the server sent but the browser kept from the page: an explicit CORS-mode request (Sec-Fetch-Mode:
 * cors, or an Origin header on a fetch/XHR) to another origin, answered without a matching
 * Access-Control-Allow-Origin. Firefox and proxies export these with the server's status and no error.
 */
export function isCorsWithheld(evidence: Omit<FailureEvidence, "error">): boolean {
  if (evidence.responseHeaders.length === 0) return false;
  // A preflight's answer is shown as it came (Chrome: its status); what it refuses is a preflight refusal.
  const preflight =
    evidence.resourceType === "preflight" ||
    firstHeaderValue(evidence.requestHeaders, "Access-Control-Request-Method") !== undefined;
  if (preflight) return false;
  const mode = firstHeaderValue(evidence.requestHeaders, "Sec-Fetch-Mode")?.trim().toLowerCase();
  const explicit =
    mode === "cors" ||
    (mode === undefined &&
      firstHeaderValue(evidence.requestHeaders, "Origin") !== undefined &&
      (evidence.resourceType === "fetch" || evidence.resourceType === "xhr"));
  return explicit && isProbableCorsBlock(evidence);
}

/**
 * Why a request has no usable status: the error's kind, else probable CORS, else unknown. Chromium's catch-all
 * net::ERR_FAILED after an answer arrived, on a cross-origin CORS-mode request, is CORS whatever the headers say:
 * the credentials mode that decides "*" is not in the log (checked on Chromium 156's /cors demo capture).
 */
export function failureOf(evidence: FailureEvidence): Failure {
  const error = evidence.error.trim();
  const named = failureKindOfError(error);
  const failedAfterAnswer =
    /^(?:net::)?ERR_FAILED$/i.test(error) &&
    evidence.responseHeaders.length > 0 &&
    isCrossOriginCors(evidence);
  const kind = named ?? (failedAfterAnswer || isProbableCorsBlock(evidence) ? "cors" : "unknown");
  return error ? { kind, error } : { kind };
}
