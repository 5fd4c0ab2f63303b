import type { ReferenceEntry } from "../../reference";
import type { Hint, RequestRecord } from "../model";
import { isFailing, type RedirectChain } from "../requests";
import { chainHints } from "./chain-hints";
import { type DiagnoseContext, diagnose } from "./diagnose";
import { explainRecord } from "./explain-record";
import { type Meaning, meaningOf } from "./meaning";

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
  const entry = explainRecord(record);
  // A plain redirect's chain is shown as hops; only an odd chain, or one that failed, is a finding.
  const chained = chain && (isNotable(chain) || isFailing(record)) ? chainHints(chain) : [];
  return {
    ...meaningOf(entry),
    entry,
    findings: [...diagnose(record, { ...diagnoseContext, now: answeredAt(record, context.now) }), ...chained],
    ...(chain ? { chain } : {}),
    checklist: entry.hints,
  };
}
