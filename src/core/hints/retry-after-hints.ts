import { firstHeaderValue, formatLocalTime, formatSeconds } from "../http";
import type { Hint, RequestRecord } from "../model";
import { parseRetryAfter } from "./retry-after";

/** "Retry in 42 s, at 14:03:10 (UTC+01:00)." from Retry-After (RFC 9110 §10.2.3); nothing for garbage. */
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
      : `Retry in ${formatSeconds(retry.seconds)}, at ${at}.`;
  return [{ topic: "retry-after", severity: "info", text, source: "Retry-After" }];
}
