import type { RequestRecord } from "../model";
import type { CacheLane } from "./explain-cacheability";
import { spanText } from "./span-text";

const BROWSER = "the browser cache";
const SHARED = "shared caches (CDN, proxy)";

function phrase(lane: CacheLane, where: string, status: number): string {
  const fresh = spanText(lane.freshFor ?? 0);
  switch (lane.verdict) {
    case "not-stored":
      return `Not stored in ${where}: ${lane.reason}`;
    case "revalidate":
      return `Stored in ${where}, but checked with the server before every use (${lane.reason})`;
    case "revalidated":
      if (lane.reason)
        return `Confirmed unchanged by the server; the copy in ${where} is reused, checked again before every use (${lane.reason})`;
      return lane.freshFor
        ? `Confirmed unchanged by the server; fresh again for ${fresh} in ${where}`
        : `Confirmed unchanged by the server; the copy in ${where} is reused`;
    case "stale":
      return `Stored in ${where}, but stale on arrival: checked with the server before reuse`;
    case "heuristic":
      return `Fresh for about ${fresh} in ${where}, by estimate (no max-age or Expires)`;
    case "fresh":
      return Number.isFinite(lane.freshFor)
        ? `Fresh for ${fresh} in ${where}`
        : `Kept in ${where} until evicted (a ${status} with no lifetime)`;
  }
}

const lowerFirst = (text: string) => `${text[0]?.toLowerCase() ?? ""}${text.slice(1)}`;

/** The verdict line: the browser's cache first, then shared caches, merged when they agree. */
export function cacheSummary(privateLane: CacheLane, sharedLane: CacheLane, record: RequestRecord): string {
  const served = record.fromCache ? `Served from the ${record.fromCache} cache. ` : "";
  const same = phrase(privateLane, "", record.status) === phrase(sharedLane, "", record.status);
  if (same) {
    const both = `${BROWSER} ${privateLane.verdict === "not-stored" ? "or" : "and"} ${SHARED}`;
    return `${served}${phrase(privateLane, both, record.status)}.`;
  }
  return `${served}${phrase(privateLane, BROWSER, record.status)}; ${lowerFirst(phrase(sharedLane, SHARED, record.status))}.`;
}
