import type { RequestRecord } from "./request-record";

const isDocument = (record: RequestRecord | undefined) => record?.resourceType === "document";
const isRedirect = (record: RequestRecord | undefined) =>
  record !== undefined && record.status >= 300 && record.status < 400;

/**
 * What survives a navigation when Preserve log is off: the new page's document request (with the redirects that led
 * to it) and everything after it. DevTools reports the navigation after that request finished, so a plain clear
 * would lose it.
 */
export function recordsSinceNavigation(records: readonly RequestRecord[], url: string): RequestRecord[] {
  for (let i = records.length - 1; i >= 0; i--) {
    const record = records[i];
    if (!isDocument(record) || record?.url !== url) continue;
    let start = i;
    while (isDocument(records[start - 1]) && isRedirect(records[start - 1])) start--;
    return records.slice(start);
  }
  return [];
}
