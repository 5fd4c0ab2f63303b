import { firstHeaderValue, formatLocalTime, formatSeconds, parseHttpDate } from "../http";
import type { Hint, RequestRecord } from "../model";

export interface RetryAfter {
  /** Seconds from `now`; 0 when the date has passed. */
  seconds: number;
  at: Date;
}

// RFC 9111 §1.2.2: a delta-seconds too large to hold is read as 2^31.
const MAX_DELTA = 2 ** 31;

/** Retry-After as delta-seconds or HTTP-date (RFC 9110 §10.2.3); undefined for anything else. */
export function parseRetryAfter(value: string, now: Date): RetryAfter | undefined {
  const text = value.trim();
  if (Number.isNaN(now.getTime())) return undefined;
  if (/^\d+$/.test(text)) {
    const seconds = text.length > 10 ? MAX_DELTA : Math.min(Number(text), MAX_DELTA);
    const at = new Date(now.getTime() + seconds * 1000);
    return Number.isNaN(at.getTime()) ? undefined : { seconds, at };
  }
  const at = parseHttpDate(text, now);
  if (!at) return undefined;
  return { seconds: Math.max(0, Math.ceil((at.getTime() - now.getTime()) / 1000)), at };
}

/** "Retry-After: wait 42 s after the response, until 14:03:10 (UTC+01:00)." from Retry-After (RFC 9110 §10.2.3); nothing for garbage. */
export function retryAfterHints(record: RequestRecord, now: Date, offsetMinutes: number): Hint[] {
  const value = firstHeaderValue(record.responseHeaders, "retry-after");
  if (value === undefined || Number.isNaN(now.getTime())) return [];
  const retry = parseRetryAfter(value, now);
  if (!retry) {
    // Seconds past the end of the Date range: nothing sensible to show.
    if (/^\s*\d+\s*$/.test(value)) return [];
    return [
      {
        topic: "retry-after",
        severity: "warning",
        text: `Retry-After “${value.slice(0, 80)}” is neither seconds nor an HTTP-date; clients will ignore it.`,
        source: "Retry-After",
      },
    ];
  }
  const at = formatLocalTime(retry.at, now, offsetMinutes);
  const text =
    retry.seconds === 0 && !/^\s*\d+\s*$/.test(value)
      ? `Retry-After names a time already past (${at}): retrying now is allowed.`
      : `Retry-After: wait ${formatSeconds(retry.seconds)} after the response, until ${at}.`;
  return [
    { topic: "retry-after", severity: "info", text, source: "Retry-After", until: retry.at.toISOString() },
  ];
}
