/** A bare item of RFC 9651 (Structured Field Values) as plain data; byte sequences are kept as their base64 text. */
export type BareItem = number | string | boolean;

export interface SfMember {
  /** Dictionary members have a key; list items do not. */
  key?: string;
  /** `true` for a dictionary key without a value (RFC 9651 §3.2). */
  value: BareItem;
  params: Map<string, BareItem>;
}

const KEY = /^[a-z*][a-z0-9_.*-]*/;
const TOKEN = /^[A-Za-z*][!#$%&'*+.^_`|~0-9A-Za-z:/-]*/;
const NUMBER = /^-?\d{1,15}(\.\d{1,3})?/;

function bareItem(text: string): [BareItem, number] | undefined {
  const number = NUMBER.exec(text);
  if (number) return [Number(number[0]), number[0].length];
  if (text.startsWith('"')) {
    let out = "";
    for (let i = 1; i < text.length; i++) {
      const char = text[i] as string;
      if (char === "\\") {
        const next = text[i + 1];
        if (next !== '"' && next !== "\\") return undefined;
        out += next;
        i++;
      } else if (char === '"') return [out, i + 1];
      else out += char;
    }
    return undefined;
  }
  const boolean = /^\?([01])/.exec(text);
  if (boolean) return [boolean[1] === "1", 2];
  const bytes = /^:[A-Za-z0-9+/=]*:/.exec(text);
  if (bytes) return [bytes[0].slice(1, -1), bytes[0].length];
  const token = TOKEN.exec(text);
  return token ? [token[0], token[0].length] : undefined;
}

function parameters(text: string, start: number): [Map<string, BareItem>, number] | undefined {
  const params = new Map<string, BareItem>();
  let i = start;
  while (text[i] === ";") {
    i++;
    while (text[i] === " ") i++;
    const key = KEY.exec(text.slice(i))?.[0];
    if (!key) return undefined;
    i += key.length;
    let value: BareItem = true;
    if (text[i] === "=") {
      const item = bareItem(text.slice(i + 1));
      if (!item) return undefined;
      value = item[0];
      i += 1 + item[1];
    }
    params.set(key, value);
  }
  return [params, i];
}

/**
 * Parses a Structured Field List or Dictionary (RFC 9651 §4.2), leniently: keys are read case-insensitively and
 * a malformed member is skipped up to the next comma. Inner lists are skipped.
 */
export function parseStructuredMembers(value: string): SfMember[] {
  const members: SfMember[] = [];
  for (const raw of splitMembers(value)) {
    const text = raw.trim();
    const keyed = /^([A-Za-z*][A-Za-z0-9_.*-]*)(=|;|$)/.exec(text);
    let key: string | undefined;
    let item: [BareItem, number] | undefined;
    if (keyed && keyed[2] === "=") {
      key = (keyed[1] ?? "").toLowerCase();
      const found = bareItem(text.slice(keyed[0].length));
      item = found ? [found[0], keyed[0].length + found[1]] : undefined;
    } else {
      item = bareItem(text);
    }
    if (!item) continue;
    const params = parameters(text, item[1]);
    if (!params || params[1] !== text.length) continue;
    const member: SfMember = { value: item[0], params: params[0] };
    if (key !== undefined) member.key = key;
    members.push(member);
  }
  return members;
}

/** Splits on commas outside double quotes. */
function splitMembers(value: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const char = value[i] as string;
    if (quoted && char === "\\") {
      current += char + (value[i + 1] ?? "");
      i++;
      continue;
    }
    if (char === '"') quoted = !quoted;
    if (char === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += char;
  }
  parts.push(current);
  return parts;
}
