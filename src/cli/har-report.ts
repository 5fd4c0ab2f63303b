import { chainHints, diagnose, explainRecord } from "../core/hints";
import type { Bucket, Failure, Problem, RequestRecord } from "../core/model";
import type { RedirectChain } from "../core/requests";
import { isFailing } from "../core/requests";

/** One request as `har --json` prints it. */
export interface ReportEntry {
  index: number;
  method: string;
  url: string;
  status: number;
  statusText: string;
  bucket: Bucket;
  failure?: Failure;
  hints: string[];
}

/** `har --json`: total and buckets count the whole file, entries only what the filter kept. */
export interface HarReport {
  total: number;
  buckets: Record<Bucket, number>;
  entries: ReportEntry[];
  problems: Problem[];
}

const isNotable = (chain: RedirectChain) =>
  chain.loop || chain.tooLong || chain.limitReached || chain.methodChanged;

/**
 * Hints read from this exchange first, then from its redirect chain (when the chain is odd or the request
 * failed), then the reference's checklist for its code; no repeats.
 */
export function hintsOf(record: RequestRecord, now: Date, chain?: RedirectChain): string[] {
  const read = diagnose(record, { now }).map((hint) => hint.text);
  const chained =
    chain && (isNotable(chain) || isFailing(record)) ? chainHints(chain).map((hint) => hint.text) : [];
  return [...new Set([...read, ...chained, ...explainRecord(record).hints])];
}

export function reportEntryOf(record: RequestRecord, now: Date, chain?: RedirectChain): ReportEntry {
  const { index, method, url, status, statusText, bucket, failure } = record;
  const hints = hintsOf(record, now, chain);
  const entry: ReportEntry = { index, method, url, status, statusText, bucket, hints };
  if (failure) entry.failure = { ...failure };
  return entry;
}
