import { firstHeaderValue } from "../http";
import { isPreflight, type RequestRecord } from "../model";

/** A CORS preflight and the request it was sent for, when the log holds that request. */
export interface PreflightLink {
  preflight: RequestRecord;
  request?: RequestRecord;
}

const startOf = (record: RequestRecord) => Date.parse(record.startedDateTime);

/**
 * Pairs each preflight with its request: same URL, the method the preflight asked for, and of those not yet
 * claimed the nearest start. Chrome lists a preflight a few ms after its request (it starts later); other tools
 * may list it before: nearness, not order, decides. Every record of a pair maps to the pair (shared).
 */
export function linkPreflights(records: readonly RequestRecord[]): Map<string, PreflightLink> {
  const candidates = new Map<string, RequestRecord[]>();
  const preflights: RequestRecord[] = [];
  for (const record of records) {
    if (isPreflight(record)) {
      preflights.push(record);
      continue;
    }
    const key = `${record.method} ${record.url}`;
    const pool = candidates.get(key);
    if (pool) pool.push(record);
    else candidates.set(key, [record]);
  }
  const links = new Map<string, PreflightLink>();
  for (const preflight of preflights) {
    const asked = (firstHeaderValue(preflight.requestHeaders, "access-control-request-method") ?? "").trim();
    const pool = candidates.get(`${asked.toUpperCase()} ${preflight.url}`) ?? [];
    const at = startOf(preflight);
    let request: RequestRecord | undefined;
    let nearest = Number.POSITIVE_INFINITY;
    for (const candidate of pool) {
      const distance = Math.abs(startOf(candidate) - at);
      if (!links.has(candidate.id) && distance < nearest) {
        request = candidate;
        nearest = distance;
      }
    }
    const link: PreflightLink = request ? { preflight, request } : { preflight };
    links.set(preflight.id, link);
    if (request) links.set(request.id, link);
  }
  return links;
}
