import { type RequestRecord, statusLabel, statusLine } from "../model";
import { type RedactOptions, redactUrl } from "../redact";
import { isFailing, pathPattern } from "../requests";
import { inlineCode, plainText } from "./markdown-text";

// Endpoints listed under each code; the rest are counted.
const TOP_PATTERNS = 5;

interface LabelGroup {
  label: string;
  count: number;
  /** "GET api.example.com/users/:id" → how many, in first-failure order. */
  endpoints: Map<string, number>;
  example: RequestRecord;
}

function groupsOf(failing: readonly RequestRecord[]): LabelGroup[] {
  const groups = new Map<string, LabelGroup>();
  for (const record of failing) {
    const label = statusLine(statusLabel(record));
    const group = groups.get(label) ?? { label, count: 0, endpoints: new Map(), example: record };
    const endpoint = `${record.method} ${record.host}${pathPattern(record.path)}`;
    group.count++;
    group.endpoints.set(endpoint, (group.endpoints.get(endpoint) ?? 0) + 1);
    groups.set(label, group);
  }
  // Stable sort: equal counts keep the order in which they first failed.
  return [...groups.values()].sort((a, b) => b.count - a.count);
}

function groupLines(group: LabelGroup, options: RedactOptions): string[] {
  const endpoints = [...group.endpoints].sort((a, b) => b[1] - a[1]);
  const shown = endpoints
    .slice(0, TOP_PATTERNS)
    .map(([endpoint, count]) => `- ${count}× ${inlineCode(endpoint)}`);
  const rest = endpoints.slice(TOP_PATTERNS).reduce((sum, [, count]) => sum + count, 0);
  const more = rest ? [`- ${rest}× at ${endpoints.length - TOP_PATTERNS} other endpoints`] : [];
  const example = `e.g. ${inlineCode(`${group.example.method} ${redactUrl(group.example.url, options)}`)}`;
  return [`#### ${plainText(group.label)} (${group.count}×)`, "", ...shown, ...more, "", example];
}

/**
 * The failing requests among `records`, for an issue: one section per status or failure label with its count,
 * its most frequent endpoints (path patterns, so ids fold together) and one example URL, secrets hidden unless
 * `reveal`.
 */
export function failuresMarkdown(records: readonly RequestRecord[], options: RedactOptions): string {
  const failing = records.filter(isFailing);
  if (failing.length === 0) return `### No failing requests\n\nNone of ${records.length} requests failed.\n`;
  const title = `### ${failing.length} failing request${failing.length === 1 ? "" : "s"} of ${records.length}`;
  const sections = groupsOf(failing).map((group) => groupLines(group, options).join("\n"));
  return `${[title, ...sections].join("\n\n")}\n`;
}
