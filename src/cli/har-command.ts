import { type Filter, matchesFilter, parseFilter } from "../core/filter";
import { parseHarText } from "../core/har";
import { exchangeContext, explainExchange } from "../core/hints";
import type { RequestRecord } from "../core/model";
import type { RedactOptions } from "../core/redact";
import {
  groupProblems,
  isFailing,
  linkPreflights,
  linkRedirects,
  pageOriginOf,
  summarize,
} from "../core/requests";
import type { CliIo, ExitCode } from "./cli-io";
import { decodeText } from "./decode-text";
import { formatHarText } from "./format-har-text";
import { type HarReport, reportCausesOf, reportEntryOf } from "./har-report";

const USAGE = `Usage: status-lens har <file.har> [--filter QUERY] [--json] [--no-redact]
  Prints the requests by bucket, the top failing endpoints, the problems that
  several requests share, and each failing request with its code, what it means
  and hints read from the exchange.
  --filter QUERY   list only requests matching the panel's filter language
                   (e.g. "status:4xx method:POST"); counts still cover the file
  --json           print { total, buckets, causes, entries, problems } instead
  --no-redact      show secrets as the file has them. By default tokens,
                   passwords, cookies, Authorization values, secret query
                   parameters and user:pass@ in URLs read [redacted]
`;

type HarArgs =
  | { file: string; query?: string; json: boolean; redact: RedactOptions }
  | { error: string }
  | { help: true };

export function parseHarArgs(args: readonly string[]): HarArgs {
  const files: string[] = [];
  let query: string | undefined;
  let json = false;
  let reveal = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "--help" || arg === "-h") return { help: true };
    if (arg === "--json") json = true;
    else if (arg === "--no-redact") reveal = true;
    else if (arg === "--filter") {
      const value = args[++i];
      if (value === undefined) return { error: "--filter needs a query" };
      query = value;
    } else if (arg.startsWith("--filter=")) query = arg.slice("--filter=".length);
    else if (arg.startsWith("-") && arg !== "-") return { error: `unknown option ${arg}` };
    else files.push(arg);
  }
  if (files.length !== 1) return { error: files.length ? "give one HAR file" : "no HAR file given" };
  return { file: files[0] ?? "", json, redact: { reveal }, ...(query !== undefined ? { query } : {}) };
}

function filterOf(query: string | undefined): { filter?: Filter } | { error: string } {
  if (query === undefined || query.trim() === "") return {};
  const parsed = parseFilter(query);
  if (parsed.ok) return { filter: parsed.filter };
  const { message, suggestion } = parsed.error;
  return { error: `bad --filter: ${message}${suggestion ? ` (did you mean "${suggestion}"?)` : ""}` };
}

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

export async function runHar(args: string[], io: CliIo, clock: Date = new Date()): Promise<ExitCode> {
  const parsedArgs = parseHarArgs(args);
  if ("help" in parsedArgs) {
    io.out(USAGE);
    return 0;
  }
  if ("error" in parsedArgs) {
    io.err(`status-lens har: ${parsedArgs.error}\n${USAGE}`);
    return 1;
  }
  const filtering = filterOf(parsedArgs.query);
  if ("error" in filtering) {
    io.err(`status-lens har: ${oneLine(filtering.error)}\n`);
    return 1;
  }
  let text: string;
  try {
    const read = await io.readFile(parsedArgs.file);
    text = typeof read === "string" ? read : decodeText(read);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.err(`status-lens har: cannot read ${parsedArgs.file}: ${oneLine(reason)}\n`);
    return 2;
  }
  const parsed = parseHarText(text);
  if (!parsed.ok) {
    io.err(`status-lens har: ${parsedArgs.file}: ${oneLine(parsed.error)}\n`);
    return 2;
  }
  const { records, problems } = parsed;
  // As the panel reads an imported file: one page origin for the whole file, from its newest document.
  const links = {
    chains: linkRedirects(records),
    preflights: linkPreflights(records),
    pageOrigin: pageOriginOf(records),
  };
  const explain = (record: RequestRecord) => explainExchange(record, exchangeContext(record, links, clock));
  const filter = filtering.filter;
  const summary = summarize(records);
  const causes = groupProblems(records);
  const { redact } = parsedArgs;
  const kept = filter ? records.filter((record) => matchesFilter(filter, record)) : records;
  if (parsedArgs.json) {
    const report: HarReport = {
      total: summary.total,
      buckets: summary.buckets,
      causes: reportCausesOf(causes, records),
      entries: kept.map((record) => reportEntryOf(record, explain(record), clock, redact)),
      problems,
    };
    io.out(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  }
  const listed = filter ? kept : kept.filter(isFailing);
  const listTitle = filter ? `Requests matching "${parsedArgs.query}"` : "Failing requests";
  const input = {
    file: parsedArgs.file,
    summary,
    causes,
    listed,
    listTitle,
    problems,
    explain,
    now: clock,
    redact,
  };
  io.out(formatHarText(input));
  return 0;
}
