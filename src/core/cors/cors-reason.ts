import { CORS_RULES } from "../../reference";
import { firstHeaderValue, hasHeader, headerValues } from "../http";
import { isPreflight, preflightRefusal, type RequestRecord } from "../model";
import { allowOriginReason, type CorsReason, type CorsValue, type Credentials } from "./cors-allow-origin";
import { noEvidenceReason } from "./cors-no-evidence";

export type { CorsCertainty, CorsReason, CorsValue } from "./cors-allow-origin";

/** What the classifier reads: the blocked request (or a preflight), its preflight, and the page's origin. */
export interface CorsEvidence {
  record: RequestRecord;
  /** The request's preflight, when the log holds it (ignored when `record` is itself a preflight). */
  preflight?: RequestRecord | undefined;
  /** The page's origin when the request's own Origin header is not recorded. */
  pageOrigin?: string | undefined;
}

const value = (record: RequestRecord, header: string, from: CorsValue["from"]): CorsValue => ({
  header,
  value:
    headerValues(from.endsWith("request") ? record.requestHeaders : record.responseHeaders, header).join(
      ", ",
    ) || "(none)",
  from,
});

const statusOf = (record: RequestRecord) => record.withheldStatus ?? record.status;

/** A certain reason wins; else the first likely one; a preflight that passes every rule gives none. */
const firstOf = (reasons: (CorsReason | undefined)[]) =>
  reasons.find((r) => r?.certainty === "certain") ?? reasons.find((r) => r !== undefined);

/** The preflight's answer against Fetch §4.8, in Chromium's order: redirect, status, origin, methods, headers. */
function preflightReason(preflight: RequestRecord, origin: string | undefined, credentials: Credentials) {
  const status = statusOf(preflight);
  const statusValue = { header: "Status", value: String(status), from: "preflight response" as const };
  if (/LOCAL_NETWORK_ACCESS/i.test(preflight.failure?.error ?? ""))
    return {
      reason: "local-network",
      certainty: "certain",
      why: `The browser stopped the preflight with ${preflight.failure?.error}: this page may not reach a local network address without the user's permission (Local Network Access). Serve the API from a public address, or have the user allow local network access for this site.`,
      values: [{ header: "Error", value: preflight.failure?.error ?? "", from: "preflight response" }],
    } satisfies CorsReason;
  if (
    (status >= 300 && status < 400) ||
    preflight.redirectURL ||
    /REDIRECT/i.test(preflight.failure?.error ?? "")
  )
    return {
      reason: "preflight-redirect",
      certainty: "certain",
      why: `The preflight (OPTIONS) was answered ${status} with a redirect; a preflight must be answered directly. Answer OPTIONS at this URL (often the fix is the final URL in the page's code, e.g. a missing trailing slash or http→https).`,
      values: [statusValue, value(preflight, "Location", "preflight response")],
    } satisfies CorsReason;
  if (status > 0 && (status < 200 || status > 299))
    return {
      reason: "preflight-status",
      certainty: "certain",
      why: `The preflight (OPTIONS) got ${status}; it needs a 2xx, so the real request was never sent. Let OPTIONS through before authentication and routing answer it (a 401, 404 or 405 here usually means that).`,
      values: [statusValue],
    } satisfies CorsReason;
  if (preflight.responseHeaders.length === 0) return undefined;
  const allowOrigin = allowOriginReason(preflight.responseHeaders, origin, credentials, "preflight response");
  if (allowOrigin?.certainty === "certain") return allowOrigin;
  return firstOf([privateNetworkReason(preflight), refusedListReason(preflight, credentials), allowOrigin]);
}

/** Private Network Access (Chromium before Local Network Access): the preflight asked, the answer did not allow. */
function privateNetworkReason(preflight: RequestRecord): CorsReason | undefined {
  const asked = firstHeaderValue(preflight.requestHeaders, "Access-Control-Request-Private-Network");
  const allowed = firstHeaderValue(preflight.responseHeaders, "Access-Control-Allow-Private-Network");
  if (asked?.trim() !== "true" || allowed?.trim() === "true") return undefined;
  return {
    reason: "local-network",
    certainty: "certain",
    why: "The preflight asked to reach a private network address and the answer did not allow it. Answer with Access-Control-Allow-Private-Network: true, or serve the API from a public address.",
    values: [
      value(preflight, "Access-Control-Request-Private-Network", "preflight request"),
      value(preflight, "Access-Control-Allow-Private-Network", "preflight response"),
    ],
  };
}

/** Allow-Methods, then Allow-Headers (preflightRefusal reads both, case rules and "*" included). */
function refusedListReason(preflight: RequestRecord, credentials: Credentials): CorsReason | undefined {
  const refusal = preflightRefusal(preflight, credentials === "sent");
  if (refusal?.method)
    return {
      reason: "method-not-allowed",
      certainty: "certain",
      why: `The request is a ${refusal.method.asked}, and the preflight's Access-Control-Allow-Methods ${refusal.method.allowed.length > 0 ? `lists only ${refusal.method.allowed.join(", ")}` : "is missing"}. Add ${refusal.method.asked} to it (methods are case-sensitive).`,
      values: [
        value(preflight, "Access-Control-Request-Method", "preflight request"),
        value(preflight, "Access-Control-Allow-Methods", "preflight response"),
      ],
    };
  if (refusal?.headers)
    return {
      reason: "header-not-allowed",
      certainty: "certain",
      why: `The request sends ${refusal.headers.missing.join(", ")}, which the preflight's Access-Control-Allow-Headers ${refusal.headers.allowed.length > 0 ? `(${refusal.headers.allowed.join(", ")}) does not list` : "is missing"}. Add ${refusal.headers.missing.length > 1 ? "them" : "it"} there, or stop sending ${refusal.headers.missing.length > 1 ? "them" : "it"}.`,
      values: [
        value(preflight, "Access-Control-Request-Headers", "preflight request"),
        value(preflight, "Access-Control-Allow-Headers", "preflight response"),
      ],
    };
  return undefined;
}

/** The rule a preflight's answer breaks for certain, or undefined when nothing in it is refused. */
export function preflightBreaks(preflight: RequestRecord): CorsReason | undefined {
  const origin = firstHeaderValue(preflight.requestHeaders, "Origin")?.trim();
  const reason = preflightReason(preflight, origin, "unknown");
  return reason?.certainty === "certain" ? reason : undefined;
}

/**
 * Which CORS rule blocked this request, from the headers the log holds: its preflight's answer first (a refused
 * preflight means the request was never sent), then the response's Access-Control-Allow-* headers. When the
 * log lacks what decides it, the reason says it is a guess, why, and what to read in the Console.
 */
export function corsReasonOf({ record, preflight, pageOrigin }: CorsEvidence): CorsReason {
  const own = isPreflight(record);
  const pre = own ? record : preflight;
  const origin =
    firstHeaderValue(record.requestHeaders, "Origin")?.trim() ||
    (pre && firstHeaderValue(pre.requestHeaders, "Origin")?.trim()) ||
    pageOrigin;
  // Preflights never carry cookies, and a request stopped by its preflight is logged without them.
  const credentials: Credentials = !own && hasHeader(record.requestHeaders, "Cookie") ? "sent" : "unknown";
  const fromPreflight = pre ? preflightReason(pre, origin, credentials) : undefined;
  if (fromPreflight?.certainty === "certain" || own)
    return fromPreflight ?? noEvidenceReason(record, origin, pre);
  const answered = record.responseHeaders.length > 0 || record.withheldStatus !== undefined;
  const fromResponse = answered
    ? allowOriginReason(record.responseHeaders, origin, credentials, "response")
    : undefined;
  return firstOf([fromResponse, fromPreflight]) ?? noEvidenceReason(record, origin, pre);
}

const CERTAINTY_NOTE: Record<CorsReason["certainty"], string> = {
  certain: "",
  likely: " (likely)",
  guess: " (a guess)",
};

/** The rule's title and how sure it is, in one line of text: "No Access-Control-Allow-Origin (a guess)". */
export function corsReasonTitle(reason: CorsReason): string {
  return `${CORS_RULES[reason.reason].title}${CERTAINTY_NOTE[reason.certainty]}`;
}
