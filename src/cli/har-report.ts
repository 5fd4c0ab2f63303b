import type { ExchangeExplanation } from "../core/hints";
import { type Bucket, type Failure, findingText, type Problem, type RequestRecord } from "../core/model";

/** One request as `har --json` prints it. */
export interface ReportEntry {
  index: number;
  method: string;
  url: string;
  status: number;
  statusText: string;
  bucket: Bucket;
  failure?: Failure;
  /** What the exchange and its redirect chain say, as the panel's card lists them. */
  findings: string[];
  hints: string[];
}

/** `har --json`: total and buckets count the whole file, entries only what the filter kept. */
export interface HarReport {
  total: number;
  buckets: Record<Bucket, number>;
  entries: ReportEntry[];
  problems: Problem[];
}

/** The findings as of `now` (a wait counts down to it, as on the card), then the reference's checklist; no repeats. */
export function hintsOf(explanation: ExchangeExplanation, now: Date): string[] {
  return [
    ...new Set([...explanation.findings.map((hint) => findingText(hint, now)), ...explanation.checklist]),
  ];
}

export function reportEntryOf(
  record: RequestRecord,
  explanation: ExchangeExplanation,
  now: Date,
): ReportEntry {
  const { index, method, url, status, statusText, bucket, failure } = record;
  const findings = explanation.findings.map((hint) => findingText(hint, now));
  const entry: ReportEntry = {
    index,
    method,
    url,
    status,
    statusText,
    bucket,
    findings,
    hints: hintsOf(explanation, now),
  };
  if (failure) entry.failure = { ...failure };
  return entry;
}
