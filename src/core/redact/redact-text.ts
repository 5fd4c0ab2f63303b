import type { RequestRecord } from "../model";
import type { RedactOptions } from "./redact-options";
import { redactRecord } from "./redact-record";
import { isSecretMember, REDACTED } from "./secret-names";

/** What redaction cut from `original` to make `redacted`, which keeps everything else byte for byte. */
function cutValues(original: string, redacted: string): string[] {
  if (original === redacted) return [];
  const pieces = redacted.split(REDACTED);
  const cut: string[] = [];
  let at = pieces[0]?.length ?? 0;
  for (let i = 1; i < pieces.length; i++) {
    const piece = pieces[i] ?? "";
    const end = i === pieces.length - 1 ? original.length - piece.length : original.indexOf(piece, at);
    if (end < at) return cut;
    cut.push(original.slice(at, end));
    at = end + piece.length;
  }
  return cut;
}

function jsonSecrets(text: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [];
  }
  const found: string[] = [];
  const leaves = (value: unknown): void => {
    if (typeof value === "string" || typeof value === "number") found.push(String(value));
    else if (value && typeof value === "object") Object.values(value).forEach(leaves);
  };
  const walk = (value: unknown): void => {
    if (!value || typeof value !== "object") return;
    for (const [name, member] of Object.entries(value)) (isSecretMember(name) ? leaves : walk)(member);
  };
  walk(parsed);
  return found;
}

function decoded(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, " "));
  } catch {
    return value;
  }
}

/** Every secret value the record holds (what redactRecord hides), as written and percent-decoded. */
export function secretsOf(record: RequestRecord): string[] {
  const redacted = redactRecord(record, { reveal: false });
  const pairs: Array<[string, string]> = [
    [record.url, redacted.url],
    [record.path, redacted.path],
    [record.redirectURL, redacted.redirectURL],
    [record.initiator ?? "", redacted.initiator ?? ""],
    ...record.requestHeaders.map((h, i): [string, string] => [
      h.value,
      redacted.requestHeaders[i]?.value ?? "",
    ]),
    ...record.responseHeaders.map((h, i): [string, string] => [
      h.value,
      redacted.responseHeaders[i]?.value ?? "",
    ]),
  ];
  const bodies = [record.requestBody, record.responseBody?.encoding ? undefined : record.responseBody];
  const redactedBodies = [redacted.requestBody, redacted.responseBody];
  bodies.forEach((body, i) => {
    if (body) pairs.push([body.text, redactedBodies[i]?.text ?? ""]);
  });
  const cut = pairs.flatMap(([original, after]) => cutValues(original, after));
  const json = bodies.flatMap((body) => (body ? jsonSecrets(body.text) : []));
  return [...new Set([...cut, ...cut.map(decoded), ...json])].filter((value) => value.trim() !== "");
}

// Shorter values would blank out ordinary words ("1", "no") of the text they are hidden from.
const MIN_HIDDEN_LENGTH = 4;

/**
 * Text derived from the record (a finding that quotes a Location, a title) with each of the record's secret
 * values replaced, longest first; with `reveal`, the text as it is.
 */
export function redactText(text: string, record: RequestRecord, options: RedactOptions): string {
  if (options.reveal) return text;
  const secrets = secretsOf(record)
    .filter((value) => value.length >= MIN_HIDDEN_LENGTH && value !== REDACTED)
    .sort((a, b) => b.length - a.length);
  return secrets.reduce((out, secret) => out.split(secret).join(REDACTED), text);
}
