import type { RedactOptions } from "./redact-options";
import { redactParams } from "./redact-params";
import { isSecretMember, REDACTED } from "./secret-names";

type Json = null | boolean | number | string | Json[] | { [member: string]: Json };

/** The value with every secret-named member's value replaced, at any depth; `changed` says whether any was. */
function redactJson(value: Json): { value: Json; changed: boolean } {
  if (Array.isArray(value)) {
    const items = value.map(redactJson);
    return { value: items.map((item) => item.value), changed: items.some((item) => item.changed) };
  }
  if (value === null || typeof value !== "object") return { value, changed: false };
  let changed = false;
  const out: { [member: string]: Json } = {};
  for (const [name, member] of Object.entries(value)) {
    if (isSecretMember(name) && member !== null && member !== REDACTED) {
      out[name] = REDACTED;
      changed = true;
    } else {
      const inner = redactJson(member);
      out[name] = inner.value;
      changed ||= inner.changed;
    }
  }
  return { value: out, changed };
}

function parseJson(text: string): Json | undefined {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
}

const isJsonType = (mimeType: string) => /[/+]json\b/i.test(mimeType);
const isFormType = (mimeType: string) => /^\s*application\/x-www-form-urlencoded\b/i.test(mimeType);

/**
 * A body with its credentials hidden: form-urlencoded fields and JSON members with secret names (at any depth;
 * the result stays valid JSON, re-indented as the original was). Any other text is left alone.
 */
export function redactBody(text: string, mimeType: string, options: RedactOptions): string {
  if (options.reveal) return text;
  if (isFormType(mimeType)) return redactParams(text);
  const trimmed = text.trimStart();
  if (!isJsonType(mimeType) && !trimmed.startsWith("{") && !trimmed.startsWith("[")) return text;
  const parsed = parseJson(text);
  if (parsed === undefined) return text;
  const { value, changed } = redactJson(parsed);
  // Unchanged text stays byte for byte; a changed one is written again, keeping its indentation.
  if (!changed) return text;
  const indent = /^[{[]\s*\n([ \t]+)/.exec(trimmed)?.[1];
  return JSON.stringify(value, null, indent);
}
