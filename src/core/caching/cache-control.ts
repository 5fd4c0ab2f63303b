/** One Cache-Control directive as written: `max-age=600`, `no-cache="Set-Cookie"`, `public`. */
export interface CacheDirective {
  /** Lower-cased (RFC 9111 §5.2: directive names are case-insensitive). */
  name: string;
  /** The argument, unquoted; undefined when the directive has none. */
  argument?: string;
  /** The directive as it appeared, for quoting back to the developer. */
  text: string;
}

/** What a Cache-Control field says: the first of each directive, and what was wrong with the rest. */
export interface CacheControl {
  /** First occurrence of each directive by name (RFC 9111 §4.2.1 says a cache uses the first). */
  directives: ReadonlyMap<string, CacheDirective>;
  /** Each a sentence naming the text at fault: duplicates, bad numbers, stray text. Never thrown. */
  problems: string[];
}

const TOKEN_CHAR = /[!#$%&'*+.^_`|~0-9A-Za-z-]/;

interface Cursor {
  text: string;
  at: number;
}

const readWhile = (cursor: Cursor, test: (c: string) => boolean): string => {
  const start = cursor.at;
  while (cursor.at < cursor.text.length && test(cursor.text[cursor.at] ?? "")) cursor.at++;
  return cursor.text.slice(start, cursor.at);
};

// RFC 9110 §5.6.4: a quoted-string, with backslash escapes; an unterminated one runs to the end.
function readQuoted(cursor: Cursor): { value: string; closed: boolean } {
  let value = "";
  cursor.at++;
  while (cursor.at < cursor.text.length) {
    const c = cursor.text[cursor.at++] ?? "";
    if (c === '"') return { value, closed: true };
    value += c === "\\" ? (cursor.text[cursor.at++] ?? "") : c;
  }
  return { value, closed: false };
}

function readDirective(cursor: Cursor, problems: string[]): CacheDirective | undefined {
  const start = cursor.at;
  const name = readWhile(cursor, (c) => TOKEN_CHAR.test(c));
  readWhile(cursor, (c) => c === " " || c === "\t");
  let argument: string | undefined;
  if (cursor.text[cursor.at] === "=") {
    cursor.at++;
    readWhile(cursor, (c) => c === " " || c === "\t");
    if (cursor.text[cursor.at] === '"') {
      const quoted = readQuoted(cursor);
      argument = quoted.value;
      if (!quoted.closed) problems.push(`${cursor.text.slice(start)} has an unclosed quote.`);
    } else {
      argument = readWhile(cursor, (c) => c !== ",").trim();
    }
  }
  const rest = readWhile(cursor, (c) => c !== ",").trim();
  const text = cursor.text.slice(start, cursor.at).trim();
  if (name === "" || rest !== "") {
    if (text !== "") problems.push(`“${text}” is not a directive; caches skip it.`);
    return undefined;
  }
  return { name: name.toLowerCase(), ...(argument === undefined ? {} : { argument }), text };
}

/** Cache-Control across all its field lines (RFC 9111 §5.2); tolerant: malformed parts are reported, not thrown. */
export function parseCacheControl(values: readonly string[]): CacheControl {
  const directives = new Map<string, CacheDirective>();
  const problems: string[] = [];
  for (const text of values) {
    const cursor = { text, at: 0 };
    while (cursor.at < text.length) {
      readWhile(cursor, (c) => c === "," || c === " " || c === "\t");
      if (cursor.at >= text.length) break;
      const directive = readDirective(cursor, problems);
      if (!directive) continue;
      const first = directives.get(directive.name);
      if (!first) directives.set(directive.name, directive);
      else if (first.argument !== directive.argument)
        // RFC 9111 §4.2.1: use the first occurrence (or treat the response as stale).
        problems.push(
          `${directive.name} is given twice (${first.text}, then ${directive.text}); caches use the first.`,
        );
    }
  }
  return { directives, problems };
}

// RFC 9111 §1.2.2: a delta-seconds too large to hold is read as 2^31.
const MAX_DELTA = 2 ** 31;

/** A directive's delta-seconds (RFC 9111 §1.2.2), quoted or not; undefined when absent or not a whole number. */
export function deltaSeconds(directive: CacheDirective | undefined): number | undefined {
  const value = directive?.argument?.trim();
  if (value === undefined || !/^\d+$/.test(value)) return undefined;
  return value.length > 10 ? MAX_DELTA : Math.min(Number(value), MAX_DELTA);
}

/** The field names of a qualified `no-cache="Set-Cookie"` or `private="X-User"` (RFC 9111 §5.2.2.4, §5.2.2.7). */
export function fieldNamesOf(directive: CacheDirective | undefined): string[] {
  const argument = directive?.argument;
  if (!argument) return [];
  return argument
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
}
