import { formatLocalTime, formatSeconds } from "../http";
import type { Hint, RequestRecord } from "../model";
import { parseRateLimits, type RateLimit } from "./rate-limit";

function describe(limit: RateLimit, now: Date, offsetMinutes: number): string {
  const policy = limit.policy ? ` “${limit.policy}”` : "";
  const quota =
    limit.remaining !== undefined && limit.limit !== undefined
      ? `${limit.remaining} of ${limit.limit} left`
      : limit.remaining !== undefined
        ? `${limit.remaining} left`
        : `limit ${limit.limit}`;
  const window = limit.windowSeconds !== undefined ? ` per ${formatSeconds(limit.windowSeconds)}` : "";
  const reset =
    limit.resetSeconds !== undefined
      ? `; resets in ${formatSeconds(limit.resetSeconds)}, at ${formatLocalTime(new Date(now.getTime() + limit.resetSeconds * 1000), now, offsetMinutes)}`
      : "";
  return `Rate limit${policy} (${limit.source}): ${quota}${window}${reset}.`;
}

/**
 * The quota the response reports: always on 429 (and on 403, which GitHub and others use for limits), otherwise
 * only once it is used up, so ordinary 200s stay quiet.
 */
export function rateLimitHints(record: RequestRecord, now: Date, offsetMinutes: number): Hint[] {
  const limits = parseRateLimits(record.responseHeaders, now).filter(
    (l) => l.remaining !== undefined || l.limit !== undefined,
  );
  const relevant =
    record.status === 429 || record.status === 403 ? limits : limits.filter((l) => l.remaining === 0);
  return relevant.map((limit) => ({
    topic: "rate-limit",
    severity: limit.remaining === 0 ? "warning" : "info",
    text: describe(limit, now, offsetMinutes),
    source: limit.source,
  }));
}
