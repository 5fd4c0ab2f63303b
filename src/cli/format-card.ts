import { meaningOf } from "../core/hints";
import { explainStatus, type ReferenceEntry } from "../reference";

const WIDTH = 80;

// Registered codes show their standing (standard, extension, reserved, obsolete, temporary) instead.
const LABEL: Partial<Record<ReferenceEntry["kind"], string>> = {
  unofficial: "unofficial",
  fallback: "fallback",
  failure: "no HTTP status",
};

/** Greedy word wrap; indent applies to every line. */
export function wrapText(text: string, indent = "", width = WIDTH): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(indent + line);
  return lines.join("\n");
}

// A list item whose continuation lines align under its text.
const item = (marker: string, text: string) =>
  wrapText(`${marker} ${text}`, "  ").replace(/\n {2}/g, `\n  ${" ".repeat(marker.length + 1)}`);

/** A readable card for the terminal: title, summary, explanation, then the checklist and facts. */
export function formatCard(entry: ReferenceEntry): string {
  const { title, summary, explanation, whoActs, retry } = meaningOf(entry);
  const out = [`${title}  [${entry.class} · ${LABEL[entry.kind] ?? entry.standing}]`];
  if (entry.registeredName) out.push(`Registered as: ${entry.registeredName}`);
  if (entry.aliases.length) out.push(`Also known as: ${entry.aliases.join(", ")}`);
  if (entry.sender) out.push(`Sent by: ${entry.sender}`);
  out.push("", wrapText(summary), "", wrapText(explanation), "", wrapText(`${whoActs.text} ${retry.text}`));
  if (entry.causes.length) out.push("", "Common causes:", ...entry.causes.map((cause) => item("-", cause)));
  if (entry.hints.length)
    out.push("", "Debugging checklist:", ...entry.hints.map((hint) => item("[ ]", hint)));
  out.push("");
  if (entry.headers.length) out.push(wrapText(`Headers: ${entry.headers.join(", ")}`));
  // Caching is an HTTP matter: a WebSocket close code has none.
  if (entry.kind !== "websocket-close") out.push(`Cacheable by default: ${entry.cacheable ? "yes" : "no"}.`);
  if (entry.spec) out.push(`Spec: ${entry.spec}`);
  if (entry.related.length) {
    out.push("", "Related:");
    for (const { code, note } of entry.related) out.push(item(`${code} ${explainStatus(code).name}:`, note));
  }
  if (entry.links.length)
    out.push("", "Links:", ...entry.links.map((link) => `  ${link.title}: ${link.url}`));
  return `${out.join("\n")}\n`;
}
