/** One whitespace-separated term of a query, with where it sits so errors can point at it. */
export interface RawTerm {
  negated: boolean;
  /** The term without its leading "-" and, when quoted, without the quotes and escapes. */
  text: string;
  quoted: boolean;
  /** Offset of `text`'s first character in the query (after "-"; the opening quote when quoted). */
  start: number;
  /** Length of the term's span from `start`, quotes included. */
  length: number;
}

export type TokenResult =
  | { ok: true; terms: RawTerm[] }
  | { ok: false; error: { position: number; length: number; message: string; suggestion?: string } };

const isSpace = (char: string | undefined) => char !== undefined && /\s/u.test(char);

/** Splits a query into terms: whitespace separates, "double quotes" group, `\"` and `\\` escape inside quotes. */
export function tokenizeFilter(query: string): TokenResult {
  const terms: RawTerm[] = [];
  let i = 0;
  while (i < query.length) {
    if (isSpace(query[i])) {
      i++;
      continue;
    }
    const negated = query[i] === "-";
    const start = negated ? i + 1 : i;
    if (negated && (start >= query.length || isSpace(query[start]))) {
      return { ok: false, error: { position: i, length: 1, message: "Nothing to negate after “-”." } };
    }
    if (query[start] === '"') {
      let text = "";
      let j = start + 1;
      let closed = false;
      while (j < query.length) {
        const char = query[j] as string;
        if (char === "\\" && (query[j + 1] === '"' || query[j + 1] === "\\")) {
          text += query[j + 1];
          j += 2;
          continue;
        }
        j++;
        if (char === '"') {
          closed = true;
          break;
        }
        text += char;
      }
      if (!closed) {
        const span = query.slice(start);
        return {
          ok: false,
          error: { position: start, length: span.length, message: "Unclosed quote.", suggestion: `${span}"` },
        };
      }
      if (j < query.length && !isSpace(query[j])) {
        return {
          ok: false,
          error: {
            position: j,
            length: 0,
            message: "Put a space after the closing quote.",
            suggestion: " ",
          },
        };
      }
      terms.push({ negated, text, quoted: true, start, length: j - start });
      i = j;
      continue;
    }
    let j = start;
    while (j < query.length && !isSpace(query[j])) j++;
    terms.push({ negated, text: query.slice(start, j), quoted: false, start, length: j - start });
    i = j;
  }
  return { ok: true, terms };
}
