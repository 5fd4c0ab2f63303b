import {
  type BareItem,
  firstHeaderValue,
  formatLocalTime,
  formatSeconds,
  headerValues,
  parseStructuredMembers,
} from "../http";
import type { HeaderField, Hint, RequestRecord } from "../model";

/** What one rate-limit policy says about this client; absent numbers were not sent or not readable. */
export interface RateLimit {
  /** The header family read: "RateLimit", "RateLimit-*", "X-RateLimit-*". */
  source: string;
  policy?: string;
  limit?: number;
  remaining?: number;
  /** Seconds from the response until the quota resets. */
  resetSeconds?: number;
  windowSeconds?: number;
}

const count = (item: BareItem | undefined) =>
  typeof item === "number" && Number.isInteger(item) && item >= 0 ? item : undefined;

/** A leading non-negative number ("100", "100;w=60", "1.5"), else undefined; `whole` takes integers only. */
function leadingNumber(value: string | undefined, whole = false): number | undefined {
  const shape = whole ? /^\s*(\d{1,15})(?=$|[\s;,])/ : /^\s*(\d{1,15}(?:\.\d{1,3})?)(?=$|[\s;,])/;
  const match = value === undefined ? null : shape.exec(value);
  return match ? Number(match[1]) : undefined;
}

/** Reset as delta seconds, or as a Unix time in seconds or milliseconds (GitHub, many X- headers) read against now. */
export function resetSecondsOf(value: number, now: Date): number {
  const nowSeconds = now.getTime() / 1000;
  if (value > 1e12) return Math.max(0, Math.ceil(value / 1000 - nowSeconds));
  if (value > 1e9) return Math.max(0, Math.ceil(value - nowSeconds));
  return Math.ceil(value);
}

function withNumbers(
  base: RateLimit,
  fields: Partial<Record<"limit" | "remaining" | "resetSeconds" | "windowSeconds", number>>,
): RateLimit {
  const result = { ...base };
  for (const [key, value] of Object.entries(fields) as [keyof typeof fields, number | undefined][]) {
    if (value !== undefined && Number.isFinite(value)) result[key] = value;
  }
  return result;
}

/** draft-ietf-httpapi-ratelimit-headers: `RateLimit: "default";r=50;t=30` with `RateLimit-Policy: "default";q=100;w=60`, or the older `limit=100, remaining=50, reset=30` dictionary. */
function structured(headers: readonly HeaderField[], now: Date): RateLimit[] {
  const members = headerValues(headers, "ratelimit").flatMap(parseStructuredMembers);
  if (members.length === 0) return [];
  const policies = headerValues(headers, "ratelimit-policy").flatMap(parseStructuredMembers);
  const dictionary = new Map(
    members.filter((m) => m.key !== undefined).map((m) => [m.key as string, m.value]),
  );
  if (dictionary.has("remaining") || dictionary.has("limit") || dictionary.has("reset")) {
    const reset = count(dictionary.get("reset"));
    return [
      withNumbers(
        { source: "RateLimit" },
        {
          limit: count(dictionary.get("limit")),
          remaining: count(dictionary.get("remaining")),
          resetSeconds: reset === undefined ? undefined : resetSecondsOf(reset, now),
          windowSeconds: count(policies[0]?.params.get("w")),
        },
      ),
    ];
  }
  return members.flatMap((member) => {
    // A policy is named by a non-empty string or token; "" names nothing.
    if (member.key !== undefined || typeof member.value !== "string" || member.value.trim() === "") return [];
    const name = member.value;
    const policy = policies.find((p) => p.key === undefined && p.value === name);
    const limit: RateLimit = { source: "RateLimit", policy: name };
    return [
      withNumbers(limit, {
        limit: count(policy?.params.get("q")),
        remaining: count(member.params.get("r")),
        resetSeconds: count(member.params.get("t")),
        windowSeconds: count(policy?.params.get("w")),
      }),
    ];
  });
}

/** RateLimit-Limit/-Remaining/-Reset (older drafts) or X-RateLimit-* / X-Rate-Limit-* (de facto). */
function separate(
  headers: readonly HeaderField[],
  prefix: string,
  source: string,
  now: Date,
): RateLimit | undefined {
  const read = (suffix: string, whole = false) =>
    leadingNumber(firstHeaderValue(headers, `${prefix}${suffix}`), whole);
  // A quota is a count of requests: "1.5" is no count, as the structured header's q=1.5 is not.
  const limit = read("limit", true);
  const remaining = read("remaining", true);
  const resetAfter = read("reset-after");
  const reset = read("reset");
  if (limit === undefined && remaining === undefined && reset === undefined && resetAfter === undefined)
    return undefined;
  const window = leadingNumber(/;\s*w=(\d+)/.exec(firstHeaderValue(headers, `${prefix}limit`) ?? "")?.[1]);
  const policy = firstHeaderValue(headers, `${prefix}resource`)?.trim();
  const result = withNumbers(
    { source },
    {
      limit,
      remaining,
      resetSeconds:
        resetAfter !== undefined
          ? Math.ceil(resetAfter)
          : reset === undefined
            ? undefined
            : resetSecondsOf(reset, now),
      windowSeconds: window,
    },
  );
  if (policy) result.policy = policy;
  return result;
}

/** Every rate-limit policy the response headers describe; garbage values are skipped, never thrown. */
export function parseRateLimits(headers: readonly HeaderField[], now: Date): RateLimit[] {
  const found = [...structured(headers, now)];
  for (const [prefix, source] of [
    ["ratelimit-", "RateLimit-*"],
    ["x-ratelimit-", "X-RateLimit-*"],
    ["x-rate-limit-", "X-Rate-Limit-*"],
  ] as const) {
    const limit = separate(headers, prefix, source, now);
    if (limit) found.push(limit);
  }
  return found;
}

const resetAt = (seconds: number, now: Date) => new Date(now.getTime() + seconds * 1000);

// A reset too far out for a Date (a garbage header) has no end to count down to.
function untilOf(limit: RateLimit, now: Date): { until?: string } {
  const at = limit.resetSeconds === undefined ? undefined : resetAt(limit.resetSeconds, now);
  return at && !Number.isNaN(at.getTime()) ? { until: at.toISOString() } : {};
}

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
      ? `; resets ${formatSeconds(limit.resetSeconds)} after the response, at ${formatLocalTime(resetAt(limit.resetSeconds, now), now, offsetMinutes)}`
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
    ...untilOf(limit, now),
  }));
}
