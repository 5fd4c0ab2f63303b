import { type Filter, matchesFilter, parseFilter } from "../core/filter";
import { parseHarText } from "../core/har";
import { type ExchangeExplanation, exchangeContext, explainExchange } from "../core/hints";
import { type Problem, type RequestRecord, statusLabel, statusLine } from "../core/model";
import type { RedactOptions } from "../core/redact";
import {
  groupProblems,
  inspectedPageOriginOf,
  isFailing,
  linkPreflights,
  linkRedirects,
  type ProblemGroup,
  type Summary,
  summarize,
} from "../core/requests";
import { cardTitle } from "../reference";
import { type ReportEntry, reportEntryOf } from "./har-report";

/** One HAR file read and explained, with what --filter and --fail-on picked out of it. */
export interface HarRun {
  file: string;
  records: readonly RequestRecord[];
  problems: readonly Problem[];
  summary: Summary;
  causes: readonly ProblemGroup[];
  explain: (record: RequestRecord) => ExchangeExplanation;
  /** What --filter kept (every request without one). */
  considered: readonly RequestRecord[];
  /** What the CI formats report: the --fail-on matches among `considered`, else its failing requests. */
  failures: readonly RequestRecord[];
}

/** A file that could not be read or is not HAR: `reason` is one line. */
export interface HarReadError {
  file: string;
  error: string;
}

export type HarOutcome = HarRun | HarReadError;

export const isRun = (outcome: HarOutcome): outcome is HarRun => !("error" in outcome);

/** Over every file: those read, how many were not, their requests, and their failures (or --fail-on matches). */
export function totalsOf(outcomes: readonly HarOutcome[]) {
  const runs = outcomes.filter(isRun);
  return {
    runs,
    unread: outcomes.length - runs.length,
    requests: runs.reduce((sum, run) => sum + run.summary.total, 0),
    failures: runs.reduce((sum, run) => sum + run.failures.length, 0),
  };
}

export interface Queries {
  filter?: Filter;
  failOn?: Filter;
}

/** A query from --filter or --fail-on, or the parser's message with its suggestion. */
export function queryOf(option: string, query: string | undefined): { filter?: Filter } | { error: string } {
  if (query === undefined || query.trim() === "") return {};
  const parsed = parseFilter(query);
  if (parsed.ok) return { filter: parsed.filter };
  const { message, suggestion } = parsed.error;
  return { error: `bad ${option}: ${message}${suggestion ? ` (did you mean "${suggestion}"?)` : ""}` };
}

export function runOf(file: string, text: string, queries: Queries, clock: Date): HarOutcome {
  const parsed = parseHarText(text);
  if (!parsed.ok) return { file, error: `${file}: ${parsed.error}` };
  const { records, problems } = parsed;
  // As the panel reads an imported file: one page origin for the whole file, from its newest document.
  const links = {
    chains: linkRedirects(records),
    preflights: linkPreflights(records),
    pageOrigin: inspectedPageOriginOf(records),
  };
  const { filter, failOn } = queries;
  const considered = filter ? records.filter((record) => matchesFilter(filter, record)) : records;
  const failures = failOn
    ? considered.filter((record) => matchesFilter(failOn, record))
    : considered.filter(isFailing);
  return {
    file,
    records,
    problems,
    summary: summarize(records),
    causes: groupProblems(records),
    explain: (record) => explainExchange(record, exchangeContext(record, links, clock)),
    considered,
    failures,
  };
}

/** A listed request as every text format shows it: its title, what its code means, then what this response says. */
export interface FailureView extends ReportEntry {
  /** "429 Too Many Requests", "(failed) net::ERR_CONNECTION_REFUSED". */
  label: string;
  /** The card's summary. */
  meaning: string;
}

export function failureViewOf(
  explain: HarRun["explain"],
  record: RequestRecord,
  now: Date,
  redact: RedactOptions,
): FailureView {
  const explanation = explain(record);
  const { entry } = explanation;
  // The label holds a status's code, never a close code's: "WebSocket 1006 Abnormal Closure" names it.
  const name = entry.closeCode === undefined ? entry.name : cardTitle(entry);
  return {
    ...reportEntryOf(record, explanation, now, redact),
    label: statusLine(statusLabel(record)),
    meaning: entry.summary.startsWith(name) ? entry.summary : `${name}: ${entry.summary}`,
  };
}
