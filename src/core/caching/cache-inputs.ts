import { headerValue, headerValues, parseHttpDate, tokenList } from "../http";
import type { HeaderField, RequestRecord } from "../model";
import { type CacheControl, parseCacheControl } from "./cache-control";

/** What the caching rules read from one exchange, parsed once; times in ms since the epoch. */
export interface CacheInputs {
  record: RequestRecord;
  control: CacheControl;
  /** The response carried a Cache-Control field at all (RFC 9111 §5.4: then Pragma is ignored). */
  hasCacheControl: boolean;
  requestControl: CacheControl;
  /** When the request was sent and its response headers arrived, by the browser's clock; undefined if unknown. */
  requestTime: number | undefined;
  responseTime: number | undefined;
  /** Date, Expires and Last-Modified as parsed; Expires present but unreadable is NaN. */
  date: number | undefined;
  expires: number | undefined;
  lastModified: number | undefined;
  /** Age in seconds; NaN when present but not a number. */
  age: number | undefined;
  /** Vary's field names as written; "*" included. */
  vary: string[];
  /** `name: value` of a response header as received, duplicates joined; undefined when absent. */
  field(name: string): HeaderField | undefined;
  /** The same for a request header. */
  requestField(name: string): HeaderField | undefined;
}

const fieldOf = (headers: readonly HeaderField[], name: string): HeaderField | undefined => {
  const value = headerValue(headers, name);
  return value === undefined ? undefined : { name, value };
};

// The headers arrived before the body: a measured receive phase is taken off the total.
function responseTimeOf(record: RequestRecord, requestTime: number | undefined): number | undefined {
  if (requestTime === undefined) return undefined;
  if (record.fromCache || record.timeMs < 0) return requestTime;
  return requestTime + Math.max(0, record.timeMs - (record.timings?.receive ?? 0));
}

/** Reads the exchange once; `now` only resolves two-digit years when the record has no time of its own. */
export function cacheInputsOf(record: RequestRecord, now: Date): CacheInputs {
  const started = Date.parse(record.startedDateTime);
  const requestTime = Number.isFinite(started) ? started : undefined;
  const responseTime = responseTimeOf(record, requestTime);
  const reference = responseTime === undefined ? now : new Date(responseTime);
  const dateOf = (name: string) => {
    const value = headerValues(record.responseHeaders, name)[0];
    return value === undefined ? undefined : (parseHttpDate(value, reference)?.getTime() ?? Number.NaN);
  };
  const ageText = headerValues(record.responseHeaders, "age")[0]?.trim();
  const controls = headerValues(record.responseHeaders, "cache-control");
  const date = dateOf("date");
  const lastModified = dateOf("last-modified");
  return {
    record,
    control: parseCacheControl(controls),
    hasCacheControl: controls.length > 0,
    requestControl: parseCacheControl(headerValues(record.requestHeaders, "cache-control")),
    requestTime,
    responseTime,
    date: Number.isNaN(date) ? undefined : date,
    expires: dateOf("expires"),
    lastModified: Number.isNaN(lastModified) ? undefined : lastModified,
    // RFC 9111 §5.1: Age is delta-seconds; a value too large to hold reads as 2^31.
    age:
      ageText === undefined
        ? undefined
        : /^\d+$/.test(ageText)
          ? Math.min(Number(ageText), 2 ** 31)
          : Number.NaN,
    vary: tokenList(headerValues(record.responseHeaders, "vary")),
    field: (name) => fieldOf(record.responseHeaders, name),
    requestField: (name) => fieldOf(record.requestHeaders, name),
  };
}
