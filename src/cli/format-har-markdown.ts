import type { RedactOptions } from "../core/redact";
import { inlineCode, plainText } from "../core/share";
import { failureViewOf, type HarOutcome, type HarRun, isRun, totalsOf } from "./har-run";

// A pull-request comment stays readable: each file lists its first failures in full, the rest counted.
const MAX_LISTED = 20;

function runMarkdown(run: HarRun, title: string, now: Date, redact: RedactOptions): string {
  const { failures, summary } = run;
  const head = `### ${plainText(run.file)}: ${failures.length} of ${summary.total} ${title}`;
  const items = failures.slice(0, MAX_LISTED).map((record) => {
    const view = failureViewOf(run.explain, record, now, redact);
    const lines = [
      `- **${plainText(view.label)}** ${inlineCode(`${view.method} ${view.url}`)} (#${view.index})`,
      `  ${plainText(view.meaning)}`,
      ...view.hints.map((hint) => `  - ${plainText(hint)}`),
    ];
    return lines.join("\n");
  });
  const rest = failures.length - MAX_LISTED;
  if (rest > 0) items.push(`- and ${rest} more`);
  return [head, ...(items.length ? [items.join("\n")] : [])].join("\n\n");
}

/**
 * Markdown for a pull-request comment or the GitHub job summary: per file, each failing request (or --fail-on
 * match) with what its code means and this response's findings; then the total over files.
 */
export function formatHarMarkdown(
  outcomes: readonly HarOutcome[],
  failOn: string | undefined,
  now: Date,
  redact: RedactOptions,
): string {
  const title = failOn === undefined ? "requests failed" : `requests match ${inlineCode(failOn)}`;
  const sections = outcomes.map((outcome) =>
    isRun(outcome)
      ? runMarkdown(outcome, title, now, redact)
      : `### ${plainText(outcome.file)}: not read\n\n${plainText(outcome.error)}`,
  );
  const { failures, requests, unread } = totalsOf(outcomes);
  const totalLine = `**Status Lens**: ${failures} of ${requests} ${title} in ${outcomes.length} HAR file${outcomes.length === 1 ? "" : "s"}${unread ? `, ${unread} not read` : ""}.`;
  return `${[totalLine, ...sections].join("\n\n")}\n`;
}
