import type { RequestRecord } from "../model";
import { type CacheFinding, cacheFinding } from "./cache-finding";
import { type CacheInputs, cacheInputsOf } from "./cache-inputs";
import { cacheSummary } from "./cache-summary";
import { arrivalAgeOf } from "./current-age";
import { mustRevalidateEachUse, pragmaFindings, staleDirectiveFindings } from "./directive-findings";
import { exchangeFindings } from "./exchange-findings";
import { type Lifetime, lifetimeOf } from "./freshness";
import { matchingFindings, validatorFindings } from "./reuse-findings";
import { spanText } from "./span-text";
import { type NotStored, notStoredBy } from "./storability";

/** What a cache does with this response on arrival. */
export const CACHE_VERDICTS = [
  "not-stored",
  "revalidate",
  "revalidated",
  "stale",
  "heuristic",
  "fresh",
] as const;
export type CacheVerdict = (typeof CACHE_VERDICTS)[number];

/** One kind of cache: the browser's own (private) or a CDN's or proxy's (shared). */
export interface CacheLane {
  verdict: CacheVerdict;
  /** Why it is not stored or must ask the server on every use, in a few words: "no-store", "private". */
  reason?: string;
  lifetime?: Lifetime;
  /** Seconds it stays fresh after arriving: lifetime − age at arrival; 0 when stale, Infinity when kept. */
  freshFor?: number;
}

/** Whether and how long this response will be reused, and why; plain data the card and the CLI render. */
export interface Cacheability {
  /** One line: "Fresh for 9 min 40 s in the browser cache; fresh for 1 h in shared caches (CDN, proxy)." */
  summary: string;
  browserCache: CacheLane;
  sharedCache: CacheLane;
  /** Seconds old on arrival (RFC 9111 §4.2.3). */
  ageAtArrival: number;
  /** When the browser's copy goes stale (ISO 8601), when that is a finite time after a known arrival. */
  staleAt?: string;
  findings: CacheFinding[];
}

/** Why a cache must ask the server each time, or may not keep the response at all, read once per exchange. */
interface Stops {
  each: ReturnType<typeof mustRevalidateEachUse>;
  notStored: NotStored | undefined;
}

function laneOf(inputs: CacheInputs, shared: boolean, age: number, { each, notStored }: Stops): CacheLane {
  if (notStored) return { verdict: "not-stored", reason: notStored.reason };
  const lifetime = lifetimeOf(inputs, shared);
  const freshFor = Math.max(0, lifetime.seconds - age);
  if (inputs.record.status === 304)
    return each
      ? { verdict: "revalidated", reason: each.reason, lifetime, freshFor: 0 }
      : { verdict: "revalidated", lifetime, freshFor };
  if (each) return { verdict: "revalidate", reason: each.reason, lifetime, freshFor: 0 };
  const verdict = freshFor <= 0 ? "stale" : lifetime.source === "heuristic" ? "heuristic" : "fresh";
  return { verdict, lifetime, freshFor };
}

const isStored = (lane: CacheLane) => lane.verdict !== "not-stored";

// A lifetime this long says the content never changes at this URL.
const YEAR = 31_536_000;

function lifetimeFindings(
  privateLane: CacheLane,
  sharedLane: CacheLane,
  age: number,
  immutable: boolean,
): CacheFinding[] {
  const out: CacheFinding[] = [];
  const say = (lane: CacheLane, who: string) => {
    const { lifetime } = lane;
    if (!lifetime || lane.reason !== undefined) return;
    // A 304 without a lifetime of its own is not a fault: the stored response's headers still apply.
    const missing = lifetime.source === "none" && lane.verdict !== "revalidated";
    const left =
      age > 0 && Number.isFinite(lifetime.seconds)
        ? `; ${spanText(age)} old on arrival, it ${lane.freshFor ? `stays fresh for ${spanText(lane.freshFor)}` : "was already stale"}`
        : "";
    const change =
      lifetime.source === "heuristic" || missing
        ? "Set Cache-Control: max-age=N to choose the lifetime yourself."
        : lifetime.seconds >= YEAR && Number.isFinite(lifetime.seconds) && !immutable
          ? "If the URL changes whenever the content does, add immutable: Firefox and Safari then skip revalidating it on reload."
          : undefined;
    out.push(
      cacheFinding(
        "lifetime",
        lifetime.invalid || missing ? "warning" : "info",
        `${who}: ${lifetime.working}${left}.`,
        lifetime.from,
        change,
      ),
    );
  };
  if (isStored(privateLane)) say(privateLane, "Lifetime in the browser");
  const sameLifetime = privateLane.lifetime?.working === sharedLane.lifetime?.working;
  if (isStored(sharedLane) && (!isStored(privateLane) || !sameLifetime))
    say(sharedLane, "Lifetime in shared caches");
  return out;
}

/** Whether and how long the browser and shared caches keep this response, and why (RFC 9111); undefined for failures and 1xx. */
export function explainCacheability(record: RequestRecord, now: Date): Cacheability | undefined {
  // RFC 9111 §3: only final responses are stored; a 1xx (a WebSocket's 101) is never cached.
  if (record.pending || record.failure || record.status < 200) return undefined;
  const inputs = cacheInputsOf(record, now);
  const age = arrivalAgeOf(inputs);
  const each = mustRevalidateEachUse(inputs);
  const privateStop = notStoredBy(inputs, false);
  const sharedStop = notStoredBy(inputs, true);
  const browserCache = laneOf(inputs, false, age.seconds, { each, notStored: privateStop });
  const sharedCache = laneOf(inputs, true, age.seconds, { each, notStored: sharedStop });
  const stored = isStored(browserCache) || isStored(sharedCache);
  const decisive = [privateStop, sharedStop, stored ? each : undefined]
    .flatMap((found) => (found ? [found.finding] : []))
    .filter((finding, i, all) => all.findIndex((f) => f.text === finding.text) === i);
  const details = [
    ...(stored ? age.findings : []),
    ...(stored
      ? [...pragmaFindings(inputs), ...staleDirectiveFindings(inputs), ...validatorFindings(inputs)]
      : []),
    ...(stored ? matchingFindings(inputs, isStored(sharedCache)) : []),
    ...exchangeFindings(inputs),
  ];
  // What decides the verdict comes first, then what needs fixing, then the rest.
  const findings = [
    ...decisive,
    ...lifetimeFindings(browserCache, sharedCache, age.seconds, inputs.control.directives.has("immutable")),
    ...details.filter((finding) => finding.severity === "warning"),
    ...details.filter((finding) => finding.severity !== "warning"),
  ];
  const freshFor = browserCache.freshFor;
  const staleAt =
    inputs.responseTime !== undefined &&
    freshFor !== undefined &&
    Number.isFinite(freshFor) &&
    browserCache.verdict !== "revalidate"
      ? new Date(inputs.responseTime + freshFor * 1000).toISOString()
      : undefined;
  return {
    summary: cacheSummary(browserCache, sharedCache, record),
    browserCache,
    sharedCache,
    ageAtArrival: age.seconds,
    ...(staleAt && isStored(browserCache) ? { staleAt } : {}),
    findings,
  };
}
