import type { RequestRecord } from "../model";

/**
 * Rows in the order the requests started, as the Network panel lists them: DevTools reports a page's document
 * after its stylesheets and scripts, because it finishes last. Stable; records without a readable start keep
 * their arrival order relative to the one before them.
 */
export function byStartTime(records: readonly RequestRecord[]): RequestRecord[] {
  let previous = Number.NEGATIVE_INFINITY;
  const keyed = records.map((record, position) => {
    const started = Date.parse(record.startedDateTime);
    previous = Number.isFinite(started) ? started : previous;
    return { record, started: previous, position };
  });
  keyed.sort((a, b) => a.started - b.started || a.position - b.position);
  return keyed.map((k) => k.record);
}
