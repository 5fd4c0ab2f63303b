import type { ExchangeExplanation } from "../core/hints";
import { type Bucket, type Failure, findingText, type Problem, type RequestRecord } from "../core/model";
import { type RedactOptions, redactText, redactUrl } from "../core/redact";
import type { ProblemGroup } from "../core/requests";

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
  /** Whether and how long caches keep it, and why, each reason with the header values it came from. */
  caching?: { summary: string; reasons: string[] };
}

/** A shared cause as `har --json` prints it: its requests by HAR entry index (record ids hold their URLs). */
export interface ReportCause extends Omit<ProblemGroup, "ids"> {
  indexes: number[];
}

export function reportCausesOf(
  groups: readonly ProblemGroup[],
  records: readonly RequestRecord[],
): ReportCause[] {
  const indexOf = new Map(records.map((record) => [record.id, record.index]));
  return groups.map(({ ids, ...group }) => ({
    ...group,
    indexes: ids.flatMap((id) => indexOf.get(id) ?? []),
  }));
}

/** `har --json`: total, buckets and causes cover the whole file, entries only what the filter kept. */
export interface HarReport {
  total: number;
  buckets: Record<Bucket, number>;
  /** Failures grouped by a cause they share, largest first (`problems` are the unreadable entries). */
  causes: ReportCause[];
  entries: ReportEntry[];
  problems: Problem[];
  /** With --fail-on: its query and the entries it matched (among those --filter kept). */
  failOn?: { query: string; indexes: number[] };
}

/** The findings as of `now` (a wait counts down to it, as on the card), then the reference's checklist; no repeats. */
export function hintsOf(explanation: ExchangeExplanation, now: Date): string[] {
  return [
    ...new Set([...explanation.findings.map((hint) => findingText(hint, now)), ...explanation.checklist]),
  ];
}

/** With secrets hidden unless `redact.reveal`: in the URL and wherever a finding quotes one of the record's. */
export function reportEntryOf(
  record: RequestRecord,
  explanation: ExchangeExplanation,
  now: Date,
  redact: RedactOptions,
): ReportEntry {
  const { index, method, status, statusText, bucket, failure } = record;
  const hidden = (text: string) => redactText(text, record, redact);
  const entry: ReportEntry = {
    index,
    method,
    url: redactUrl(record.url, redact),
    status,
    statusText,
    bucket,
    findings: explanation.findings.map((hint) => hidden(findingText(hint, now))),
    hints: hintsOf(explanation, now).map(hidden),
  };
  if (failure) entry.failure = { ...failure };
  const { caching } = explanation;
  if (caching)
    entry.caching = {
      summary: caching.summary,
      reasons: caching.findings.map(({ text, from }) =>
        hidden(from.length ? `${text} (${from.map((f) => `${f.name}: ${f.value}`).join("; ")})` : text),
      ),
    };
  return entry;
}
