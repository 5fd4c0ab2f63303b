import type { Bucket } from "../../../src/core/model";
import { bucketOfStatus } from "../../../src/core/model";

export interface DemoLogEntry {
  origin: "main" | "cross-origin" | "devtools";
  method: string;
  path: string;
  status: number | "aborted";
}

/** Chromium follows at most 20 redirects; the answer after that is reported as net::ERR_TOO_MANY_REDIRECTS. */
const CHROMIUM_REDIRECT_LIMIT = 20;

/**
 * What each chip must show, derived from what the demo server says it answered:
 * answers on the main origin count in their class; answers the browser withheld (the cross-origin server sends no
 * CORS headers), connections the client dropped, the redirect past Chromium's limit, and requests that never
 * reached a server (refused, blocked by the demo blocker extension) are Failed.
 */
export function expectedCounts(
  log: readonly DemoLogEntry[],
  neverReachedServer: number,
): Record<Bucket, number> {
  const counts: Record<Bucket, number> = {
    "1xx": 0,
    "2xx": 0,
    "3xx": 0,
    "4xx": 0,
    "5xx": 0,
    failed: 0,
    nonstandard: 0,
  };
  let loopRun = 0;
  for (const entry of log) {
    loopRun = entry.path.startsWith("/loop/") ? loopRun + 1 : 0;
    if (entry.origin === "devtools") continue;
    if (entry.origin === "cross-origin" || entry.status === "aborted" || loopRun > CHROMIUM_REDIRECT_LIMIT) {
      counts.failed++;
    } else {
      counts[bucketOfStatus(entry.status)]++;
    }
  }
  counts.failed += neverReachedServer;
  return counts;
}

/** The chip label → count the panel must show for these counts (Non-standard appears only when there are some). */
export function expectedChips(counts: Record<Bucket, number>): Record<string, number> {
  return {
    "1xx": counts["1xx"],
    "2xx": counts["2xx"],
    "3xx": counts["3xx"],
    "4xx": counts["4xx"],
    "5xx": counts["5xx"],
    Failed: counts.failed,
    ...(counts.nonstandard > 0 ? { "Non-standard": counts.nonstandard } : {}),
  };
}
