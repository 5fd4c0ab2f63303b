import { parseHttpDate } from "../http";

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
