export interface AuthChallenge {
  /** As sent; compare case-insensitively (RFC 9110 §11.1). */
  scheme: string;
  token68?: string;
  /** Parameter names lower-cased; the first of a repeated name wins. */
  params: Map<string, string>;
}

const TCHAR = /[!#$%&'*+.^_`|~0-9A-Za-z-]/;
const TOKEN68 = /^[A-Za-z0-9._~+/-]+=*/;

/** Cursor over one field value; every read either advances or reports failure, so parsing always ends. */
class Cursor {
  pos = 0;
  constructor(readonly text: string) {}
  get done(): boolean {
    return this.pos >= this.text.length;
  }
  peek(): string | undefined {
    return this.text[this.pos];
  }
  skipSpace(): number {
    const start = this.pos;
    while (this.peek() === " " || this.peek() === "\t") this.pos++;
    return this.pos - start;
  }
  token(): string | undefined {
    const start = this.pos;
    while (!this.done && TCHAR.test(this.peek() ?? "")) this.pos++;
    return this.pos > start ? this.text.slice(start, this.pos) : undefined;
  }
  /** RFC 9110 §5.6.4 quoted-string with quoted-pairs. */
  quoted(): string | undefined {
    if (this.peek() !== '"') return undefined;
    let out = "";
    for (let i = this.pos + 1; i < this.text.length; i++) {
      const char = this.text[i];
      if (char === "\\" && i + 1 < this.text.length) out += this.text[++i];
      else if (char === '"') {
        this.pos = i + 1;
        return out;
      } else out += char;
    }
    return undefined;
  }
  /** Skips to the next comma outside a quoted string (or the end), after garbage. */
  skipElement(): void {
    let inQuotes = false;
    while (!this.done) {
      const char = this.peek();
      if (inQuotes && char === "\\") this.pos++;
      else if (char === '"') inQuotes = !inQuotes;
      else if (char === "," && !inQuotes) return;
      this.pos++;
    }
  }
  /** At a list separator or the end, after optional whitespace; leaves the cursor there. */
  atElementEnd(): boolean {
    const save = this.pos;
    this.skipSpace();
    const end = this.done || this.peek() === ",";
    if (!end) this.pos = save;
    return end;
  }
}

/**
 * Parses WWW-Authenticate / Proxy-Authenticate (RFC 9110 §11.6.1): several challenges per value, auth-params with
 * tokens or quoted strings (commas inside quotes), or a token68. Malformed elements are skipped, never thrown.
 */
export function parseAuthChallenges(value: string): AuthChallenge[] {
  const cursor = new Cursor(value);
  const challenges: AuthChallenge[] = [];
  let current: AuthChallenge | undefined;
  while (!cursor.done) {
    cursor.skipSpace();
    if (cursor.peek() === ",") {
      cursor.pos++;
      continue;
    }
    if (cursor.done) break;
    const name = cursor.token();
    if (name === undefined) {
      cursor.skipElement();
      current = undefined;
      continue;
    }
    const afterName = cursor.pos;
    cursor.skipSpace();
    if (cursor.peek() === "=" && current && current.token68 === undefined) {
      cursor.pos++;
      cursor.skipSpace();
      const paramValue = cursor.peek() === '"' ? cursor.quoted() : cursor.token();
      if (paramValue === undefined || !cursor.atElementEnd()) {
        cursor.skipElement();
        continue;
      }
      const key = name.toLowerCase();
      if (!current.params.has(key)) current.params.set(key, paramValue);
      continue;
    }
    if (cursor.peek() === "=") {
      cursor.skipElement();
      current = undefined;
      continue;
    }
    current = { scheme: name, params: new Map() };
    challenges.push(current);
    if (cursor.pos === afterName || cursor.done || cursor.peek() === ",") continue;
    const token68 = TOKEN68.exec(value.slice(cursor.pos))?.[0];
    if (token68 === undefined) continue;
    const save = cursor.pos;
    cursor.pos += token68.length;
    if (cursor.atElementEnd()) current.token68 = token68;
    else cursor.pos = save;
  }
  return challenges;
}

/** All challenges of every value of the header (duplicated header lines are one list, RFC 9110 §5.3). */
export function parseAuthHeader(values: readonly string[]): AuthChallenge[] {
  return values.flatMap(parseAuthChallenges);
}
