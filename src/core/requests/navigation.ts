import type { RequestRecord } from "../model";

/** How recent the new page's document request must be to be kept, when it finished before the navigation event. */
const NAVIGATION_WINDOW_MS = 30_000;

const isRedirect = (record: RequestRecord) => record.status >= 300 && record.status < 400;

/**
 * What survives a navigation when Preserve log is off. DevTools usually reports the navigation before the new
 * document request finishes, so most of the time nothing survives and the document arrives next. When it finished
 * first, it (with the redirects that led to it) is the tail of the list: keep that tail, if it is recent.
 * A document with the same URL further back is the previous load (a reload), and goes.
 */
export function recordsSinceNavigation(
  records: readonly RequestRecord[],
  url: string,
  now: Date,
): RequestRecord[] {
  let start = records.length;
  while (start > 0) {
    const record = records[start - 1];
    if (record?.resourceType !== "document" || !(record.url === url || isRedirect(record))) break;
    start--;
  }
  const tail = records.slice(start);
  if (!tail.some((r) => r.url === url || isRedirect(r))) return [];
  const startedAt = Date.parse(tail[0]?.startedDateTime ?? "");
  const recent = Number.isFinite(startedAt) && now.getTime() - startedAt <= NAVIGATION_WINDOW_MS;
  return recent ? tail : [];
}
