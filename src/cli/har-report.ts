import type { Bucket } from "../core/bucket";
import { diagnose } from "../core/diagnose";
import { explainRecord } from "../core/explain-record";
import type { Failure, Problem, RequestRecord } from "../core/request-record";

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

/** Hints read from this exchange first, then the reference's checklist for its code; no repeats. */
export function hintsOf(record: RequestRecord, now: Date): string[] {
  const read = diagnose(record, { now }).map((hint) => hint.text);
  return [...new Set([...read, ...explainRecord(record).hints])];
}

export function reportEntryOf(record: RequestRecord, now: Date): ReportEntry {
  const { index, method, url, status, statusText, bucket, failure } = record;
  const entry: ReportEntry = { index, method, url, status, statusText, bucket, hints: hintsOf(record, now) };
  if (failure) entry.failure = { ...failure };
  return entry;
}
