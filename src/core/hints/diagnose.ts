import { explainStatus } from "../../reference";
import { originOf } from "../http";
import type { Hint, RequestRecord } from "../model";
import { allowHints } from "./allow-header";
import { authHints } from "./auth-hints";
import { conditionalHints } from "./conditional-hints";
import { contentNegotiationHints } from "./content-negotiation-hints";
import { corsHints } from "./cors-hints";
import { mixedContentHints } from "./mixed-content-hints";
import { parseProblemDetails, problemDetailsHints } from "./problem-details";
import { rateLimitHints } from "./rate-limit-hints";
import { redirectHints } from "./redirect-hints";
import { retryAfterHints } from "./retry-after-hints";
import { serverLayerHints } from "./server-layer";
import { sizeHints } from "./size-hints";

export interface DiagnoseContext {
  /** The clock, passed in: core never reads it. */
  now: Date;
  /** Minutes east of UTC for showing local times; defaults to the offset `now` carries (-getTimezoneOffset()). */
  timeZoneOffsetMinutes?: number;
  /** The response body when the caller fetched it (live traffic); else the record's own. */
  responseBody?: string;
  /** The inspected page's origin, for CORS and mixed content when the request does not say it. */
  pageOrigin?: string;
}

// Real offsets lie within ±14 h; anything else would print nonsense.
function offsetOf(context: DiagnoseContext): number {
  const offset = context.timeZoneOffsetMinutes ?? -context.now.getTimezoneOffset();
  return Number.isFinite(offset) && Math.abs(offset) <= 18 * 60 ? offset : 0;
}

function bodyHints(record: RequestRecord, context: DiagnoseContext): Hint[] {
  if (record.status < 400) return [];
  const body = context.responseBody ?? record.responseBody?.text;
  if (body === undefined || body === "") return [];
  const problem = parseProblemDetails(body, record.responseBody?.mimeType || record.responseMimeType);
  return problem ? problemDetailsHints(problem, record.status) : [];
}

/** Status-specific readings of the exchange, on top of the reference card's generic text. */
function statusHints(record: RequestRecord): Hint[] {
  const status = record.status;
  const hints: Hint[] = [];
  if (status === 401 || status === 403) hints.push(...authHints(record, "WWW-Authenticate"));
  if (status === 407) hints.push(...authHints(record, "Proxy-Authenticate"));
  if (status === 405) hints.push(...allowHints(record));
  if (status >= 300 && status <= 399) hints.push(...redirectHints(record));
  if (status === 304 || status === 412) hints.push(...conditionalHints(record));
  if (status === 406 || status === 415) hints.push(...contentNegotiationHints(record));
  if (status === 413 || status === 431) hints.push(...sizeHints(record));
  const kind = status > 0 ? explainStatus(status).kind : "failure";
  if (status >= 500 || kind === "unofficial" || record.bucket === "nonstandard")
    hints.push(...serverLayerHints(record));
  return hints;
}

/**
 * What this particular exchange says beyond the reference: Retry-After and rate limits, auth challenges, Allow,
 * redirects, validators, negotiation, sizes, problem details, the layer that answered, CORS and mixed content.
 * Pure: the clock and time zone come in through `context`; malformed headers give no hint, never an exception.
 */
export function diagnose(record: RequestRecord, context: DiagnoseContext): Hint[] {
  const offset = offsetOf(context);
  const pageOrigin = context.pageOrigin ?? (record.initiator ? originOf(record.initiator) : undefined);
  // A response the browser withheld (CORS) still says what the server meant: read it as that status.
  const sent =
    record.status === 0 && record.withheldStatus ? { ...record, status: record.withheldStatus } : record;
  return [
    ...statusHints(sent),
    ...retryAfterHints(sent, context.now, offset),
    ...rateLimitHints(sent, context.now, offset),
    ...bodyHints(sent, context),
    ...corsHints(record, context.pageOrigin),
    ...mixedContentHints(record, pageOrigin),
  ];
}
