import type { RequestRecord } from "../model";
import { BUCKETS, type Bucket, FAILURE_KINDS, type FailureKind, zeroCounts } from "../model";
import { pathPattern } from "./path-pattern";

/** One endpoint that keeps failing the same way: `12× 404 GET api.example.com /api/users/:id`. */
export interface FailingEndpoint {
  method: string;
  /** The HTTP status, 0 for requests that got none (then see failure). */
  status: number;
  failure?: FailureKind;
  host: string;
  pattern: string;
  count: number;
}

export interface Summary {
  total: number;
  buckets: Record<Bucket, number>;
  failureKinds: Record<FailureKind, number>;
  /** Most frequent first; ties keep the order in which they first failed. */
  topFailing: FailingEndpoint[];
}

/** Failing: a 4xx or 5xx, no response at all, or a non-standard code of 400 and up (999 from a bot wall). */
export function isFailing(record: RequestRecord): boolean {
  return (
    record.bucket === "4xx" ||
    record.bucket === "5xx" ||
    record.bucket === "failed" ||
    (record.bucket === "nonstandard" && record.status >= 400)
  );
}

/** Counts per bucket and failure kind, and the top `limit` failing endpoints, in one pass. */
export function summarize(records: readonly RequestRecord[], limit = 10): Summary {
  const buckets = zeroCounts(BUCKETS);
  const failureKinds = zeroCounts(FAILURE_KINDS);
  const groups = new Map<string, FailingEndpoint>();
  for (const record of records) {
    buckets[record.bucket]++;
    if (record.failure) failureKinds[record.failure.kind]++;
    if (!isFailing(record)) continue;
    const pattern = pathPattern(record.path);
    const kind = record.failure?.kind;
    const key = [record.method, record.status, kind ?? "", record.host, pattern].join(" ");
    const group = groups.get(key);
    if (group) group.count++;
    else {
      const endpoint: FailingEndpoint = {
        method: record.method,
        status: record.status,
        host: record.host,
        pattern,
        count: 1,
      };
      if (kind) endpoint.failure = kind;
      groups.set(key, endpoint);
    }
  }
  // Array.prototype.sort is stable: equal counts keep first-failure order.
  const topFailing = [...groups.values()].sort((a, b) => b.count - a.count).slice(0, Math.max(0, limit));
  return { total: records.length, buckets, failureKinds, topFailing };
}
