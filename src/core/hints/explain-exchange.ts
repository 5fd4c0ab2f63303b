import type { ReferenceEntry } from "../../reference";
import { type Cacheability, explainCacheability } from "../caching";
import type { CorsReason } from "../cors";
import { type Hint, isPreflight, preflightRefusal, type RequestRecord } from "../model";
import { isFailing, type PreflightLink, type RedirectChain } from "../requests";
import { chainHints } from "./chain-hints";
import { corsBlockOf } from "./cors-hints";
import { type DiagnoseContext, diagnose, exchangeOf } from "./diagnose";
import { entryAsOf, explainRecord } from "./explain-record";
import { corsPageOrigin } from "./hint-readers";
import { type Meaning, meaningOf } from "./meaning";
import { verdictOf } from "./verdict";

export interface ExchangeContext extends DiagnoseContext {
  /** The redirect chain this request belongs to, if any. */
  chain?: RedirectChain;
}

/** Everything we say about one request; the panel's card and both CLI commands only render it. */
export interface ExchangeExplanation extends Meaning {
  /** The reference card for what happened: its status, the failure that replaced one, or the wait. */
  entry: ReferenceEntry;
  /** What this exchange's headers and body say, then what its redirect chain shows. */
  findings: Hint[];
  chain?: RedirectChain;
  /** The reference's debugging checklist for the code. */
  checklist: readonly string[];
  /** Its CORS preflight (for a request) or the request it was for (for a preflight), linked both ways. */
  preflight?: PreflightSide;
  /** Whether and how long caches keep this response, and why; absent when no response arrived. */
  caching?: Cacheability;
  /** The CORS rule that blocked it, when CORS did: the card shows it first (findings repeat it for the terminal). */
  cors?: CorsReason;
}

/** The other half of a preflight pair, as the card shows it. */
export interface PreflightSide {
  /** What this record is in the pair. */
  role: "request" | "preflight";
  /** The other half, when the log holds it. */
  other?: RequestRecord;
  /** The browser refused the preflight's answer, so the request was never sent. */
  refused: boolean;
}

function preflightSide(record: RequestRecord, link: PreflightLink | undefined): PreflightSide | undefined {
  if (!link)
    return isPreflight(record)
      ? { role: "preflight", refused: preflightRefusal(record) !== undefined }
      : undefined;
  const refused = preflightRefusal(link.preflight) !== undefined;
  if (link.preflight === record)
    return { role: "preflight", ...(link.request ? { other: link.request } : {}), refused };
  return { role: "request", other: link.preflight, refused };
}

const isNotable = (chain: RedirectChain) =>
  chain.loop || chain.tooLong || chain.limitReached || chain.methodChanged;

/** A recorded exchange is read as of when its response arrived ("retry in 30 s" counts from then), else the clock. */
export function answeredAt(record: RequestRecord, clock: Date): Date {
  const started = Date.parse(record.startedDateTime);
  return Number.isFinite(started) ? new Date(started + Math.max(0, record.timeMs)) : clock;
}

/** The reference card sharpened by this exchange; the clock, chain, page origin and body come in `context`. */
export function explainExchange(record: RequestRecord, context: ExchangeContext): ExchangeExplanation {
  const { chain, ...diagnoseContext } = context;
  const entry = entryAsOf(explainRecord(record), context.now);
  // A plain redirect's chain is shown as hops; only an odd chain, or one that failed, is a finding.
  const chained = chain && (isNotable(chain) || isFailing(record)) ? chainHints(chain) : [];
  const asAnswered = { ...diagnoseContext, now: answeredAt(record, context.now) };
  const findings = [...diagnose(record, asAnswered), ...chained];
  const exchange = exchangeOf(record, asAnswered);
  const cors = corsBlockOf(record, corsPageOrigin(exchange), exchange.preflightOf);
  const meaning = meaningOf(entry);
  const preflight = preflightSide(record, context.preflight);
  const caching = explainCacheability(record, context.now);
  return {
    ...meaning,
    ...verdictOf(record, meaning, findings, context),
    entry,
    findings,
    ...(chain ? { chain } : {}),
    checklist: entry.hints,
    ...(preflight ? { preflight } : {}),
    ...(caching ? { caching } : {}),
    ...(cors ? { cors } : {}),
  };
}

/** What a log tells about each of its records beyond the record itself. */
export interface LogLinks {
  chains: ReadonlyMap<string, RedirectChain>;
  preflights: ReadonlyMap<string, PreflightLink>;
  pageOrigin?: string | undefined;
}

/** The context explainExchange needs for one record of a log: the panel and the CLI build it the same way. */
export function exchangeContext(
  record: RequestRecord,
  links: LogLinks,
  now: Date,
  responseBody?: string,
): ExchangeContext {
  const chain = links.chains.get(record.id);
  const preflight = links.preflights.get(record.id);
  return {
    now,
    ...(chain ? { chain } : {}),
    ...(preflight ? { preflight } : {}),
    ...(links.pageOrigin === undefined ? {} : { pageOrigin: links.pageOrigin }),
    ...(responseBody === undefined ? {} : { responseBody }),
  };
}
