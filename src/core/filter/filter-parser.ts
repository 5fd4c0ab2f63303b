import { closestWord } from "./closest-word";
import { IS_ALIASES, KEY_ALIASES, KNOWN_KEYS } from "./filter-keys";
import { type ListRules, parseListValue } from "./filter-list-value";
import type { Filter, FilterKey, FilterTerm, FilterTermBody, IsValue } from "./filter-term";
import { IS_VALUES, RESOURCE_TYPES } from "./filter-term";
import { type RawTerm, tokenizeFilter } from "./filter-tokens";
import { parseSizeValue } from "./size-filter-value";
import { parseStatusValue } from "./status-filter-value";

export { FILTER_KEYS, type FilterKeyHelp } from "./filter-keys";
export type { Filter, FilterTerm } from "./filter-term";

export interface FilterError {
  /** Offset in the query of the span to underline (and to replace with `suggestion`). */
  position: number;
  length: number;
  message: string;
  /** Replacement text for the span, when a likely intended spelling exists. */
  suggestion?: string;
}

export type FilterResult = { ok: true; filter: Filter } | { ok: false; error: FilterError };

type BodyResult = { ok: true; body: FilterTermBody } | { ok: false; message: string; suggestion?: string };

const KEY_VALUE = /^([A-Za-z][A-Za-z-]*):([\s\S]*)$/;
// RFC 9110 §5.6.2 tchar, for method and header names.
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const SCHEME = /^[a-z][a-z0-9+.-]*$/;
const IS_WORDS = [...IS_VALUES, ...IS_ALIASES.keys()];

/**
 * Parses the panel's filter query: free text and `key:value` terms, AND-ed, `-` negating any of them.
 * Never throws; a bad term yields its span in the query and, when likely, a corrected spelling.
 */
export function parseFilter(query: string): FilterResult {
  const tokens = tokenizeFilter(query);
  if (!tokens.ok) return tokens;
  const terms: FilterTerm[] = [];
  for (const raw of tokens.terms) {
    const parsed = parseTerm(raw);
    if (!parsed.ok) {
      const error: FilterError = { position: raw.start, length: raw.length, message: parsed.message };
      if (parsed.suggestion !== undefined) error.suggestion = parsed.suggestion;
      return { ok: false, error };
    }
    terms.push({ ...parsed.body, negated: raw.negated });
  }
  return { ok: true, filter: { terms } };
}

function parseTerm(raw: RawTerm): BodyResult {
  const text = { ok: true, body: { key: "text", text: raw.text } } as const;
  const match = raw.quoted ? null : KEY_VALUE.exec(raw.text);
  if (!match) return text;
  const typedKey = match[1] ?? "";
  const value = match[2] ?? "";
  const lower = typedKey.toLowerCase();
  const key =
    KEY_ALIASES.get(lower) ??
    (KNOWN_KEYS.includes(lower) ? (lower as Exclude<FilterKey, "text">) : undefined);
  if (key === undefined) {
    // A URL ("https://…") or a word no key resembles is plain text, as in Chrome.
    const nearest = value.startsWith("//") ? undefined : closestWord(lower, KNOWN_KEYS);
    if (!nearest) return text;
    return { ok: false, message: `Unknown filter key “${typedKey}”.`, suggestion: `${nearest}:${value}` };
  }
  const body = parseValue(key, value);
  if (body.ok || body.suggestion === undefined) return body;
  return { ...body, suggestion: `${typedKey}:${body.suggestion}` };
}

function parseValue(key: Exclude<FilterKey, "text">, value: string): BodyResult {
  switch (key) {
    case "status": {
      const parsed = parseStatusValue(value.replaceAll("|", ","));
      if (parsed.ok) return { ok: true, body: { key, ranges: parsed.ranges } };
      const message = `“${value}” is not a status: use 404, 4xx, 404,500, 400-499 or >=400 (0 = no response).`;
      return parsed.suggestion === undefined
        ? { ok: false, message }
        : { ok: false, message, suggestion: parsed.suggestion };
    }
    case "is":
      return parseIsValue(value);
    case "larger-than": {
      const parsed = parseSizeValue(value);
      if (parsed.ok) return { ok: true, body: { key, bytes: parsed.bytes } };
      const message = `“${value}” is not a size: give bytes, or k or M (1024-based), e.g. 100k.`;
      return parsed.suggestion === undefined
        ? { ok: false, message }
        : { ok: false, message, suggestion: parsed.suggestion };
    }
    case "method": {
      const rules = { noun: "method", normalize: (m: string) => m.toUpperCase(), pattern: TOKEN };
      return listBody(value, rules, (methods) => ({ key, methods }));
    }
    case "domain": {
      const rules = { noun: "domain", normalize: (d: string) => d.toLowerCase() };
      return listBody(value, rules, (patterns) => ({ key, patterns }));
    }
    case "path":
      if (/^[/*]/.test(value)) return { ok: true, body: { key, pattern: value } };
      return {
        ok: false,
        message: value
          ? `“${value}” is not a path: start it with / or *.`
          : "Give a path after the colon, e.g. /api/orders/:id.",
        ...(value ? { suggestion: `/${value}` } : {}),
      };
    case "type": {
      const rules = {
        noun: "resource type",
        normalize: (t: string) => t.toLowerCase(),
        known: RESOURCE_TYPES,
      };
      return listBody(value, rules, (types) => ({ key, types }));
    }
    case "mime-type": {
      const normalize = (m: string) => (m.split(";")[0] ?? "").trim().toLowerCase();
      return listBody(value, { noun: "MIME type", normalize, pattern: /^[^;]+$/ }, (mimeTypes) => ({
        key,
        mimeTypes,
      }));
    }
    case "scheme": {
      const rules = { noun: "scheme", normalize: (s: string) => s.toLowerCase(), pattern: SCHEME };
      return listBody(value, rules, (schemes) => ({ key, schemes }));
    }
    case "has-response-header": {
      if (TOKEN.test(value)) return { ok: true, body: { key, name: value.toLowerCase() } };
      return {
        ok: false,
        message: value ? `“${value}” is not a header name.` : "Give a header name after the colon.",
      };
    }
  }
}

/** A key whose value is a comma-separated list, checked by `rules` and turned into the term's body. */
function listBody(value: string, rules: ListRules, body: (items: string[]) => FilterTermBody): BodyResult {
  const list = parseListValue(value, rules);
  return list.ok ? { ok: true, body: body(list.items) } : list;
}

function parseIsValue(value: string): BodyResult {
  const lower = value.toLowerCase();
  const known = (IS_VALUES as readonly string[]).includes(lower) ? (lower as IsValue) : IS_ALIASES.get(lower);
  if (known) return { ok: true, body: { key: "is", value: known } };
  const message = value
    ? `Unknown “is:” value “${value}”; use one of ${IS_VALUES.join(", ")}.`
    : `Give one of ${IS_VALUES.join(", ")} after “is:”.`;
  const nearest = value ? closestWord(lower, IS_WORDS) : undefined;
  if (!nearest) return { ok: false, message };
  return {
    ok: false,
    message,
    suggestion: (IS_VALUES as readonly string[]).includes(nearest) ? nearest : IS_ALIASES.get(nearest),
  };
}
