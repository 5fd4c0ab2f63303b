import { originOf } from "../http";
import type { RequestRecord } from "../model";

/** The inspected page's origin: from the last navigation's URL, else from the newest document request. */
export function inspectedPageOriginOf(
  records: readonly RequestRecord[],
  pageUrl?: string,
): string | undefined {
  let url = pageUrl;
  for (let i = records.length - 1; url === undefined && i >= 0; i--) {
    if (records[i]?.resourceType === "document") url = records[i]?.url;
  }
  return url === undefined ? undefined : originOf(url);
}
