import { type Hint, pageOriginOf, type RequestRecord, shorten } from "../model";
import type { PreflightLink } from "../requests";
import { type Exchange, HINT_READERS } from "./hint-readers";

export interface DiagnoseContext {
  /** The clock, passed in: core never reads it. */
  now: Date;
  /** Minutes east of UTC for showing local times; defaults to the offset `now` carries (-getTimezoneOffset()). */
  timeZoneOffsetMinutes?: number;
  /** The response body when the caller fetched it (live traffic); else the record's own. */
  responseBody?: string;
  /** The inspected page's origin, for CORS and mixed content when the request does not say it. */
  pageOrigin?: string;
  /** The CORS preflight this request was sent after, or the request this preflight was for. */
  preflight?: PreflightLink;
}

// Real offsets lie within ±14 h; anything else would print nonsense.
function offsetOf(context: DiagnoseContext): number {
  const offset = context.timeZoneOffsetMinutes ?? -context.now.getTimezoneOffset();
  return Number.isFinite(offset) && Math.abs(offset) <= 18 * 60 ? offset : 0;
}

/** What every hint reader gets for this record: the one place the context is read. */
export function exchangeOf(record: RequestRecord, context: DiagnoseContext): Exchange {
  // A response the browser withheld (CORS) still says what the server meant: read it as that status.
  const sent =
    record.status === 0 && record.withheldStatus ? { ...record, status: record.withheldStatus } : record;
  return {
    record,
    sent,
    now: context.now,
    offsetMinutes: offsetOf(context),
    body: context.responseBody ?? record.responseBody?.text,
    pageOrigin: context.pageOrigin,
    likelyPageOrigin: context.pageOrigin ?? pageOriginOf(record),
    preflightOf: context.preflight?.request === record ? context.preflight.preflight : undefined,
  };
}

/**
 * What this particular exchange says beyond the reference: Retry-After and rate limits, auth challenges, Allow,
 * redirects, validators, negotiation, sizes, problem details, the layer that answered, CORS and mixed content.
 * Pure: the clock and time zone come in through `context`; malformed headers give no hint, never an exception.
 */
export function diagnose(record: RequestRecord, context: DiagnoseContext): Hint[] {
  const exchange = exchangeOf(record, context);
  // Findings quote header values and bodies the page controls: each is kept to a readable length.
  return HINT_READERS.flatMap((reader) => reader.read(exchange)).map((hint) => ({
    ...hint,
    text: shorten(hint.text),
  }));
}
