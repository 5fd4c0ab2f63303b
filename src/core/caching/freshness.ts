import type { HeaderField } from "../model";
import { deltaSeconds } from "./cache-control";
import type { CacheInputs } from "./cache-inputs";
import { spanText } from "./span-text";

/** Where a freshness lifetime came from (RFC 9111 §4.2.1, §4.2.2). */
export type LifetimeSource = "s-maxage" | "max-age" | "expires" | "heuristic" | "permanent" | "none";

export interface Lifetime {
  /** Seconds; Infinity for a permanent redirect or 410 that browsers keep until evicted. */
  seconds: number;
  source: LifetimeSource;
  /** How it was worked out, naming the values: "max-age=600 → 10 min". */
  working: string;
  from: HeaderField[];
  /** The value was there but unreadable: caches are encouraged to treat the response as stale (§4.2.1). */
  invalid?: true;
}

/** RFC 9110 §15.1: codes a cache may give a heuristic lifetime to. */
export const HEURISTIC_STATUSES: ReadonlySet<number> = new Set([
  200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501,
]);
/** Chromium's heuristic: 10% of Date − Last-Modified only for these (net/http/http_response_headers.cc). */
const CHROMIUM_HEURISTIC = new Set([200, 203, 206]);
/** Chromium keeps these forever when nothing else sets a lifetime. */
const KEPT_INDEFINITELY = new Set([300, 301, 308, 410]);

const present = (fields: readonly (HeaderField | undefined)[]) =>
  fields.filter((f): f is HeaderField => f !== undefined);

function explicitLifetime(inputs: CacheInputs, shared: boolean): Lifetime | undefined {
  const cc = inputs.field("Cache-Control");
  for (const name of shared ? ["s-maxage", "max-age"] : ["max-age"]) {
    const directive = inputs.control.directives.get(name);
    if (!directive) continue;
    const seconds = deltaSeconds(directive);
    const source = name as "s-maxage" | "max-age";
    if (seconds === undefined)
      return {
        seconds: 0,
        source,
        working: `${directive.text} is not a whole number of seconds, so it counts as stale (0 s)`,
        from: present([cc]),
        invalid: true,
      };
    return { seconds, source, working: `${directive.text} → ${spanText(seconds)}`, from: present([cc]) };
  }
  if (inputs.expires === undefined) return undefined;
  const from = present([inputs.field("Expires"), inputs.field("Date")]);
  // RFC 9111 §5.3: an unreadable Expires (often "0" or "-1") means already expired.
  if (Number.isNaN(inputs.expires))
    return {
      seconds: 0,
      source: "expires",
      working: "Expires is not a date, so it counts as already expired",
      from,
      invalid: true,
    };
  const base = inputs.date ?? inputs.responseTime;
  if (base === undefined) return undefined;
  const seconds = Math.max(0, Math.floor((inputs.expires - base) / 1000));
  const since = inputs.date === undefined ? "arrival (no Date)" : "Date";
  return { seconds, source: "expires", working: `Expires − ${since} = ${spanText(seconds)}`, from };
}

function heuristicLifetime(inputs: CacheInputs): Lifetime {
  const { status } = inputs.record;
  const lastModified = inputs.field("Last-Modified");
  const base = inputs.date ?? inputs.responseTime;
  if (inputs.lastModified !== undefined && base !== undefined && inputs.lastModified <= base) {
    const since = Math.floor((base - inputs.lastModified) / 1000);
    const seconds = Math.floor(since / 10);
    const chromium = !CHROMIUM_HEURISTIC.has(status)
      ? ` (Chromium gives a ${status} no such estimate: 0 s)`
      : inputs.control.directives.has("must-revalidate")
        ? " (Chromium makes no estimate beside must-revalidate: 0 s)"
        : "";
    return {
      seconds,
      source: "heuristic",
      working: `${inputs.date === undefined ? "arrival" : "Date"} − Last-Modified = ${spanText(since)} → 10% = ${spanText(seconds)}${chromium}`,
      from: present([lastModified, inputs.field("Date")]),
    };
  }
  if (KEPT_INDEFINITELY.has(status))
    return {
      seconds: Number.POSITIVE_INFINITY,
      source: "permanent",
      working: `a ${status} with no lifetime is kept until evicted`,
      from: [],
    };
  return {
    seconds: 0,
    source: "none",
    working: "no max-age, Expires or Last-Modified to estimate from → 0 s",
    from: present([lastModified]),
  };
}

/** The freshness lifetime a browser (private) or shared cache gives this response (RFC 9111 §4.2.1, §4.2.2). */
export function lifetimeOf(inputs: CacheInputs, shared: boolean): Lifetime {
  const explicit = explicitLifetime(inputs, shared);
  if (explicit) return explicit;
  // RFC 9111 §4.3.4: a 304 updates the stored response, whose own headers keep deciding what it does not repeat.
  if (inputs.record.status === 304)
    return {
      seconds: 0,
      source: "none",
      working: "this 304 repeats no max-age or Expires, so the stored response's own headers still decide",
      from: [],
    };
  // §4.2.2: a heuristic only for a heuristically cacheable status, or one marked public.
  const allowed = HEURISTIC_STATUSES.has(inputs.record.status) || inputs.control.directives.has("public");
  return allowed
    ? heuristicLifetime(inputs)
    : {
        seconds: 0,
        source: "none",
        working: `a ${inputs.record.status} gets no heuristic lifetime`,
        from: [],
      };
}
