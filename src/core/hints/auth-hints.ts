import { hasHeader, headerValues } from "../http";
import type { Hint, RequestRecord } from "../model";

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

// RFC 6750 §3.1, what each Bearer error asks of the client.
const BEARER_ERRORS: ReadonlyMap<string, string> = new Map([
  ["invalid_request", "the request is malformed (a missing or repeated parameter, or the token sent twice)"],
  ["invalid_token", "the access token is expired, revoked or malformed: get a new one"],
  ["insufficient_scope", "the token is valid but lacks the permission this resource needs"],
]);

const quote = (s: string) => `“${s}”`;

function describe(challenge: AuthChallenge): string {
  const realm = challenge.params.get("realm");
  return realm === undefined ? challenge.scheme : `${challenge.scheme} (realm ${quote(realm)})`;
}

function bearerHint(challenge: AuthChallenge, header: string): Hint | undefined {
  const error = challenge.params.get("error");
  const description = challenge.params.get("error_description");
  const scope = challenge.params.get("scope");
  // RFC 6750 §3.1: no error code when the request carried no credentials.
  if (error === undefined) return undefined;
  const meaning = BEARER_ERRORS.get(error);
  const parts = [`${challenge.scheme} error ${error}${meaning ? `: ${meaning}` : ""}.`];
  if (description) parts.push(`Server says: ${quote(description)}.`);
  if (scope && error === "insufficient_scope") parts.push(`Required scope: ${scope}.`);
  return { topic: header.toLowerCase(), severity: "error", text: parts.join(" "), source: header };
}

/** 401/407 (and a 403 that carries a challenge): which schemes the server offers and what a Bearer error says. */
export function authHints(record: RequestRecord, header: "WWW-Authenticate" | "Proxy-Authenticate"): Hint[] {
  const values = headerValues(record.responseHeaders, header);
  const mustChallenge = (record.status === 401 && header === "WWW-Authenticate") || record.status === 407;
  if (values.length === 0) {
    if (!mustChallenge) return [];
    const section = record.status === 401 ? "§15.5.2" : "§15.5.8";
    return [
      {
        topic: header.toLowerCase(),
        severity: "warning",
        text: `No ${header} header: the response does not say how to authenticate (RFC 9110 ${section} requires one).`,
        source: header,
      },
    ];
  }
  const challenges = parseAuthHeader(values);
  if (challenges.length === 0) return [];
  const hints: Hint[] = [];
  if (mustChallenge) {
    hints.push({
      topic: header.toLowerCase(),
      severity: "info",
      text: `${header} offers ${challenges.map(describe).join(", ")}.`,
      source: header,
    });
    const credentials = header === "WWW-Authenticate" ? "Authorization" : "Proxy-Authorization";
    if (!hasHeader(record.requestHeaders, credentials)) {
      hints.push({
        topic: header.toLowerCase(),
        severity: "info",
        text: `This request sent no ${credentials} header.`,
        source: header,
      });
    }
  }
  for (const challenge of challenges) {
    const scheme = challenge.scheme.toLowerCase();
    if (scheme !== "bearer" && scheme !== "dpop") continue;
    const hint = bearerHint(challenge, header);
    if (hint) hints.push(hint);
  }
  return hints;
}
