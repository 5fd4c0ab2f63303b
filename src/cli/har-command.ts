import { type CliIo, type ExitCode, worstExit } from "./cli-io";
import { decodeText } from "./decode-text";
import { expandGlob, isGlob } from "./expand-glob";
import { formatGithub } from "./format-github";
import { formatHarMarkdown } from "./format-har-markdown";
import { formatHarText } from "./format-har-text";
import { formatJunit } from "./format-junit";
import { type HarOptions, parseHarArgs } from "./har-args";
import { type HarReport, reportCausesOf, reportEntryOf } from "./har-report";
import { type HarOutcome, type HarRun, isRun, type Queries, queryOf, runOf, totalsOf } from "./har-run";

export { parseHarArgs } from "./har-args";

const USAGE = `Usage: status-lens har <file.har...> [--filter QUERY] [--fail-on QUERY [--max-failures N]]
                       [--format text|json|junit|github|markdown] [--json] [--no-redact]
  Prints the requests by bucket, the top failing endpoints, the problems that
  several requests share, and each failing request with its code, what it means
  and hints read from the exchange. Several files (or a quoted glob such as
  "test-results/**/*.har") are reported one by one, then in total; - reads stdin.
  --filter QUERY     consider only requests matching the panel's filter language
                     (e.g. "status:4xx method:POST"); counts still cover the file
  --fail-on QUERY    exit 3 when any considered request matches QUERY (e.g.
                     "status:5xx is:failed"), after listing the matches
  --max-failures N   with --fail-on: exit 3 only past N matches over all files
  --format FORMAT    text (default); json: { total, buckets, causes, entries,
                     problems } (several files: { files, total }); junit: JUnit
                     XML, one testcase per failing request or --fail-on match;
                     github: ::error annotations, and a Markdown job summary
                     appended to $GITHUB_STEP_SUMMARY when it is set; markdown:
                     for a pull-request comment
  --json             the same as --format json
  --no-redact        show secrets as the file has them. By default tokens,
                     passwords, cookies, Authorization values, secret query
                     parameters and user:pass@ in URLs read [redacted]
Exit codes: 0 ok, 1 usage error, 2 a file unreadable, 3 findings (--fail-on);
  with several files the worst: 1, then 2, then 3.
`;

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

/** The files the arguments name: a glob the shell left alone is expanded here, sorted. */
async function filesOf(args: readonly string[], io: CliIo): Promise<string[]> {
  const files: string[] = [];
  for (const arg of args) {
    const expanded = arg !== "-" && isGlob(arg) && io.readDir ? await expandGlob(arg, io.readDir) : [];
    files.push(...(expanded.length ? expanded : [arg]));
  }
  return files;
}

async function outcomeOf(file: string, io: CliIo, queries: Queries, clock: Date): Promise<HarOutcome> {
  try {
    const read = await io.readFile(file);
    return runOf(file, typeof read === "string" ? read : decodeText(read), queries, clock);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const missing = isGlob(file) && /ENOENT/.test(reason);
    return { file, error: oneLine(missing ? `no file matches ${file}` : `cannot read ${file}: ${reason}`) };
  }
}

function jsonReportOf(run: HarRun, options: HarOptions, clock: Date): HarReport {
  const report: HarReport = {
    total: run.summary.total,
    buckets: run.summary.buckets,
    causes: reportCausesOf(run.causes, run.records),
    entries: run.considered.map((record) =>
      reportEntryOf(record, run.explain(record), clock, options.redact),
    ),
    problems: [...run.problems],
  };
  if (options.failOn !== undefined)
    report.failOn = { query: options.failOn, indexes: run.failures.map((record) => record.index) };
  return report;
}

function textOf(run: HarRun, options: HarOptions, clock: Date): string {
  const { query, failOn } = options;
  const [listed, listTitle] =
    query !== undefined
      ? [run.considered, `Requests matching "${query}"`]
      : failOn !== undefined
        ? [run.failures, `Requests matching --fail-on "${failOn}"`]
        : [run.failures, "Failing requests"];
  return formatHarText({ ...run, listed, listTitle, now: clock, redact: options.redact });
}

/** The closing lines: the total over several files, and what --fail-on decided. */
function verdictText(outcomes: readonly HarOutcome[], options: HarOptions): string {
  const { requests, failures: matches, unread } = totalsOf(outcomes);
  const lines: string[] = [];
  if (outcomes.length > 1) {
    const what = options.failOn === undefined ? "failing" : "matching --fail-on";
    lines.push(
      `Total: ${outcomes.length} files${unread ? ` (${unread} not read)` : ""}, ${requests} requests, ${matches} ${what}`,
    );
  }
  if (options.failOn !== undefined) {
    const allowed = options.maxFailures ? `, ${options.maxFailures} allowed` : "";
    const verdict = matches > options.maxFailures ? "fail (exit 3)" : "pass";
    lines.push(
      `--fail-on "${options.failOn}": ${matches} request${matches === 1 ? "" : "s"} match${allowed}: ${verdict}`,
    );
  }
  return lines.length ? `${lines.join("\n")}\n` : "";
}

export async function runHar(args: string[], io: CliIo, clock: Date = new Date()): Promise<ExitCode> {
  const options = parseHarArgs(args);
  if ("help" in options) {
    io.out(USAGE);
    return 0;
  }
  if ("error" in options) {
    io.err(`status-lens har: ${options.error}\n${USAGE}`);
    return 1;
  }
  const filter = queryOf("--filter", options.query);
  const failOn = queryOf("--fail-on", options.failOn);
  for (const parsed of [filter, failOn])
    if ("error" in parsed) {
      io.err(`status-lens har: ${oneLine(parsed.error)}\n`);
      return 1;
    }
  const queries: Queries = {
    ...("filter" in filter ? { filter: filter.filter } : {}),
    ...("filter" in failOn ? { failOn: failOn.filter } : {}),
  };
  const outcomes: HarOutcome[] = [];
  for (const file of await filesOf(options.files, io))
    outcomes.push(await outcomeOf(file, io, queries, clock));
  for (const outcome of outcomes) if (!isRun(outcome)) io.err(`status-lens har: ${outcome.error}\n`);

  const { runs, requests, failures: matches } = totalsOf(outcomes);
  const findings: ExitCode = options.failOn !== undefined && matches > options.maxFailures ? 3 : 0;
  const code = worstExit([findings, ...outcomes.map((outcome): ExitCode => (isRun(outcome) ? 0 : 2))]);
  const { format, redact } = options;
  if (format === "junit") io.out(formatJunit(outcomes, clock, redact));
  else if (format === "markdown") io.out(formatHarMarkdown(outcomes, options.failOn, clock, redact));
  else if (format === "github") {
    io.out(formatGithub(outcomes, clock, redact));
    const summaryFile = io.env?.GITHUB_STEP_SUMMARY;
    if (summaryFile && io.appendFile)
      await io.appendFile(summaryFile, formatHarMarkdown(outcomes, options.failOn, clock, redact));
  } else if (format === "json") {
    if (outcomes.length === 1) {
      if (runs[0]) io.out(`${JSON.stringify(jsonReportOf(runs[0], options, clock), null, 2)}\n`);
    } else {
      const files = outcomes.map((outcome) =>
        isRun(outcome) ? { file: outcome.file, ...jsonReportOf(outcome, options, clock) } : outcome,
      );
      io.out(`${JSON.stringify({ files, total: { files: outcomes.length, requests } }, null, 2)}\n`);
    }
  } else {
    const texts = runs.map((run) => textOf(run, options, clock));
    const verdict = runs.length ? verdictText(outcomes, options) : "";
    if (texts.length || verdict) io.out([...texts, verdict].filter(Boolean).join("\n"));
  }
  return code;
}
