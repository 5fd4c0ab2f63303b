import type { ExchangeExplanation } from "../core/hints";
import type { Problem, RequestRecord } from "../core/model";
import { BUCKET_LABELS, type Bucket, type FailureKind } from "../core/model";
import type { RedactOptions } from "../core/redact";
import type { FailingEndpoint, ProblemGroup, Summary } from "../core/requests";
import { wrapText } from "./format-card";
import { failureViewOf } from "./har-run";
import { oneLineField } from "./terminal-safe";

const KIND_LABEL: Record<FailureKind, string> = {
  network: "network",
  blocked: "blocked",
  canceled: "canceled",
  cors: "CORS",
  unknown: "unknown",
};
// Long HAR files: the reference checklist is shown for the first hints only.
const MAX_HINTS = 4;

function bucketLine(summary: Summary): string {
  return Object.entries(BUCKET_LABELS)
    .map(([bucket, label]) => {
      const count = summary.buckets[bucket as Bucket];
      if (bucket !== "failed" || count === 0) return `${label} ${count}`;
      const kinds = Object.entries(summary.failureKinds)
        .filter(([, n]) => n > 0)
        .map(([kind, n]) => `${KIND_LABEL[kind as FailureKind]} ${n}`);
      return `${label} ${count} (${kinds.join(", ")})`;
    })
    .join(" · ");
}

function endpointLine({ count, status, failure, method, host, pattern }: FailingEndpoint): string {
  const code = failure ? `(failed: ${KIND_LABEL[failure]})` : String(status);
  return `  ${count}× ${code} ${oneLineField(`${method} ${host}${pattern}`)}`;
}

function causeLine({ count, cause }: ProblemGroup): string {
  return wrapText(`${count}× ${oneLineField(cause)}`, "  ").replace(
    /\n {2}/g,
    `\n  ${" ".repeat(String(count).length + 2)}`,
  );
}

function requestBlock(record: RequestRecord, { explain, now, redact }: HarTextInput): string {
  const view = failureViewOf(explain, record, now, redact);
  const served = record.fromCache
    ? ` (from ${record.fromCache} cache)`
    : record.pending
      ? " (still pending)"
      : "";
  const head = `  #${view.index} ${oneLineField(`${view.label} ${view.method} ${view.url}`)}${served}`;
  const lines = [head, `      ${view.meaning}`];
  if (view.caching) lines.push(`      Caching: ${oneLineField(view.caching.summary)}`);
  for (const hint of view.hints.slice(0, MAX_HINTS)) lines.push(`      - ${oneLineField(hint)}`);
  return lines.join("\n");
}

export interface HarTextInput {
  file: string;
  summary: Summary;
  /** Failures grouped by a shared cause, over the whole file. */
  causes: readonly ProblemGroup[];
  /** The requests to list: failing ones, or what --filter kept. */
  listed: readonly RequestRecord[];
  listTitle: string;
  problems: readonly Problem[];
  /** Everything said about a listed request. */
  explain: (record: RequestRecord) => ExchangeExplanation;
  /** The moment the report is printed: a wait a finding names is counted down to it. */
  now: Date;
  /** Secrets read [redacted] unless `reveal`. */
  redact: RedactOptions;
}

/** The human report: counts by bucket, top failing endpoints, shared problems, then each listed request with its hints. */
export function formatHarText(input: HarTextInput): string {
  const { file, summary, causes, listed, listTitle, problems } = input;
  const skipped = problems.length ? `, ${problems.length} entries skipped` : "";
  const parts = [`${oneLineField(file)}: ${summary.total} requests${skipped}\n  ${bucketLine(summary)}`];
  if (summary.topFailing.length) {
    parts.push(["Top failing endpoints", ...summary.topFailing.map(endpointLine)].join("\n"));
  }
  if (causes.length) parts.push(["Problems", ...causes.map(causeLine)].join("\n"));
  parts.push(
    listed.length
      ? [`${listTitle} (${listed.length})`, ...listed.map((record) => requestBlock(record, input))].join("\n")
      : `${listTitle}: none`,
  );
  if (problems.length)
    parts.push(["Skipped entries", ...problems.map((p) => `  ${oneLineField(p.message)}`)].join("\n"));
  return `${parts.join("\n\n")}\n`;
}
