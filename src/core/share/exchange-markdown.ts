import type { ExchangeExplanation } from "../hints";
import { headerValues } from "../http";
import { findingText, type HeaderField, type RequestRecord, statusLabel, statusLine } from "../model";
import { type RedactOptions, redactHeaders, redactRecord, redactText } from "../redact";
import { inlineCode, plainText } from "./markdown-text";

function headerLines(headers: readonly HeaderField[], names: readonly string[]): string[] {
  return names.flatMap((name) =>
    headerValues(headers, name).map((value) => `- ${inlineCode(`${name}: ${value}`)}`),
  );
}

/** The card's headers as this exchange sent and received them, the request's and the response's apart. */
function relevantHeaders(record: RequestRecord, names: readonly string[], options: RedactOptions): string[] {
  if (names.length === 0) return [];
  const sent = headerLines(redactHeaders(record.requestHeaders, options), names);
  const received = headerLines(redactHeaders(record.responseHeaders, options), names);
  const none = (side: string) => [`_${side}: none of ${names.join(", ")}._`];
  return [
    "**Relevant headers**",
    "",
    "Request:",
    "",
    ...(sent.length ? sent : none("Request")),
    "",
    "Response:",
    "",
    ...(received.length ? received : none("Response")),
  ];
}

/**
 * One exchange as Markdown for an issue (GitHub, Jira): the code, the request line, what it means, who must
 * act, what this response says, its caching verdict, the checklist and the card's headers. Secrets are hidden unless `reveal`, also
 * where a finding quotes them.
 */
export function exchangeMarkdown(
  record: RequestRecord,
  explanation: ExchangeExplanation,
  options: RedactOptions & { now: Date },
): string {
  const shown = redactRecord(record, options);
  const text = (prose: string) => plainText(redactText(prose, record, options));
  const label = statusLine(statusLabel(record));
  const findings = explanation.findings.map((hint) => `- ${text(findingText(hint, options.now))}`);
  const lines = [
    `### ${text(explanation.title)}`,
    "",
    `${inlineCode(`${record.method} ${shown.url}`)} → ${inlineCode(label)}`,
    "",
    `**What it means:** ${text(explanation.summary)} ${text(explanation.explanation)}`,
    "",
    `**Who must act:** ${text([explanation.whoActs.text, explanation.retry.text].filter(Boolean).join(" "))}`,
  ];
  if (findings.length) lines.push("", "**What this response says:**", "", ...findings);
  if (explanation.caching) lines.push("", `**Caching:** ${text(explanation.caching.summary)}`);
  if (explanation.checklist.length)
    lines.push("", "**Checklist:**", "", ...explanation.checklist.map((item) => `- [ ] ${text(item)}`));
  const headers = relevantHeaders(record, explanation.entry.headers, options);
  if (headers.length) lines.push("", ...headers);
  return `${lines.join("\n")}\n`;
}
