/**
 * Reads a HAR's text piece by piece and hands out each element of `log.entries` as soon as it is complete, parsed
 * on its own: a file too large for one string (V8's limit is about 512 M characters, a 100,000-entry Chromium HAR
 * is about 490 MB) is read without ever holding it whole. Everything outside `log.entries` (the skeleton: version,
 * creator, pages) is kept as text and parsed at the end, so a file broken anywhere is still refused as invalid JSON.
 */

type Frame = { kind: "object"; key: string | undefined } | { kind: "array" };
/** Inside `log.entries`: between elements, or inside one (its nesting depth, 0 for a bare value). */
type EntriesState = "first" | "next" | "after" | "element";

const isSpace = (code: number) => code === 32 || code === 10 || code === 13 || code === 9;
const QUOTE = 34;
/** A run of text inside an entry that changes neither nesting nor string state (sticky; test() sets lastIndex). */
const PLAIN_RUN = /[^"{}[\]]*/y;
const BACKSLASH = 92;

export type StreamStep = { ok: true; entries: unknown[] } | { ok: false; error: string };

const invalid = (detail: string): { ok: false; error: string } => ({
  ok: false,
  error: `not a HAR file: invalid JSON (${detail})`,
});

/**
 * An entry written by a pretty-printer (DevTools, JSON.stringify with an indent) that ends in this piece, found
 * without reading it character by character: its closing brace is the next one at the start of a line indented as
 * its opening brace's (a JSON string holds no raw line break), and it is taken only if it parses, which a cut that
 * is not the entry's end never does. Anything else (a compact file, an entry crossing pieces) is scanned.
 */
function wholeElementAt(text: string, start: number): { value: unknown; end: number } | undefined {
  if (text.charCodeAt(start) !== 123 /* { */) return undefined;
  const line = text.lastIndexOf("\n", start);
  if (line < 0) return undefined;
  const indent = text.slice(line + 1, start);
  if (!/^[ \t]*$/.test(indent)) return undefined;
  // Brace by brace (a native search each): a search for the whole closing line crawls over indentation.
  const closing = `\n${indent}}`;
  let brace = text.indexOf("}", start);
  while (brace >= 0 && !text.startsWith(closing, brace - closing.length + 1))
    brace = text.indexOf("}", brace + 1);
  if (brace < 0) return undefined;
  const end = brace + 1;
  try {
    return { value: JSON.parse(text.slice(start, end)), end };
  } catch {
    return undefined;
  }
}

export class HarEntryStream {
  #stack: Frame[] = [];
  #skeleton: string[] = [];
  #inString = false;
  #escaped = false;
  #stringParts: string[] = [];
  #lastString = "";
  /** Where the string being read started in the current piece. */
  #stringFrom = 0;
  /** Set while inside the `log.entries` array. */
  #entries: EntriesState | undefined;
  #sawEntries = false;
  #depth = 0;
  #elementParts: string[] = [];
  /** The element is a bare number or literal, ended by the next comma, bracket or space. */
  #bare = false;
  #started = false;
  #failed: string | undefined;

  /** Reads the next piece of text; returns the entries completed in it, parsed, or why the file is not JSON. */
  push(piece: string): StreamStep {
    if (this.#failed) return invalid(this.#failed);
    const text = this.#started ? piece : piece.replace(/^\uFEFF/, "");
    this.#started = true;
    const found: unknown[] = [];
    let from = 0;
    for (let i = 0; i < text.length; i++) {
      if (this.#entries === "element") {
        const whole = this.#elementParts.length === 0 ? wholeElementAt(text, i) : undefined;
        if (whole) {
          found.push(whole.value);
          this.#entries = "after";
          i = whole.end - 1;
          from = whole.end;
          continue;
        }
        const end = this.#elementEnd(text, i);
        if (end < 0) {
          i = text.length;
          break;
        }
        this.#elementParts.push(text.slice(from, end));
        const parsed = this.#parseElement();
        if (!parsed.ok) return this.#fail(parsed.error);
        found.push(parsed.value);
        this.#entries = "after";
        i = end - 1;
        from = end;
        continue;
      }
      const code = text.charCodeAt(i);
      if (this.#entries !== undefined) {
        if (isSpace(code)) continue;
        const step = this.#between(code);
        if (step === "element") {
          from = i;
          i--;
        } else if (step === "closed") {
          this.#skeleton.push("]");
          from = i + 1;
        } else if (step !== "separator") return this.#fail(step);
        continue;
      }
      this.#outside(text, i, code);
      if (this.#entries !== undefined) {
        this.#skeleton.push(text.slice(from, i + 1));
        from = i + 1;
      }
    }
    const rest = text.slice(from);
    if (this.#entries === "element") this.#elementParts.push(rest);
    else if (this.#entries === undefined) this.#skeleton.push(rest);
    if (this.#inString && this.#entries === undefined) this.#stringParts.push(this.#pendingString(text));
    return { ok: true, entries: found };
  }

  /** After the last piece: the skeleton, parsed (with `log.entries` empty), or why the file is not JSON. */
  end(): { ok: true; skeleton: unknown; sawEntries: boolean } | { ok: false; error: string } {
    if (this.#failed) return invalid(this.#failed);
    if (this.#entries === "element" && this.#bare) {
      const parsed = this.#parseElement();
      if (!parsed.ok) return invalid(parsed.error);
    }
    if (this.#entries !== undefined || this.#inString) return invalid("unexpected end of the file");
    try {
      return { ok: true, skeleton: JSON.parse(this.#skeleton.join("")), sawEntries: this.#sawEntries };
    } catch (error) {
      return invalid(error instanceof Error ? (error.message.split("\n")[0] ?? "") : "");
    }
  }

  #fail(detail: string): { ok: false; error: string } {
    this.#failed = detail;
    return invalid(detail);
  }

  /** A structural character outside `log.entries`: tracks the path, and notices the entries array opening. */
  #outside(text: string, i: number, code: number): void {
    if (this.#inString) {
      if (this.#escaped) this.#escaped = false;
      else if (code === BACKSLASH) this.#escaped = true;
      else if (code === QUOTE) {
        this.#inString = false;
        this.#lastString = this.#stringParts.join("") + text.slice(this.#stringFrom, i);
        this.#stringParts = [];
      }
      return;
    }
    const top = this.#stack[this.#stack.length - 1];
    switch (text[i]) {
      case '"':
        this.#inString = true;
        this.#stringFrom = i + 1;
        break;
      case "{":
        this.#stack.push({ kind: "object", key: undefined });
        break;
      case "[":
        if (this.#opensEntries(top)) {
          this.#entries = "first";
          this.#sawEntries = true;
        } else this.#stack.push({ kind: "array" });
        break;
      case "}":
      case "]":
        this.#stack.pop();
        break;
      case ":":
        if (top?.kind === "object") top.key = this.#lastString;
        break;
      case ",":
        if (top?.kind === "object") top.key = undefined;
        break;
    }
  }

  #pendingString(text: string): string {
    const piece = text.slice(this.#stringFrom);
    this.#stringFrom = 0;
    return piece;
  }

  /** `[` as the value of `log.entries`, the first one only. */
  #opensEntries(top: Frame | undefined): boolean {
    const log = this.#stack[0];
    return (
      !this.#sawEntries &&
      this.#stack.length === 2 &&
      log?.kind === "object" &&
      log.key === "log" &&
      top?.kind === "object" &&
      top.key === "entries"
    );
  }

  /** A character between two entries: a comma, the closing bracket or the start of the next; else why not. */
  #between(code: number): "separator" | "closed" | "element" | string {
    const state = this.#entries;
    if (code === 93 /* ] */ && (state === "first" || state === "after")) {
      this.#entries = undefined;
      return "closed";
    }
    if (code === 44 /* , */ && state === "after") {
      this.#entries = "next";
      return "separator";
    }
    if (state === "after") return `expected , or ] after entry, found ${String.fromCharCode(code)}`;
    if (code === 93 || code === 44) return `unexpected ${String.fromCharCode(code)} in log.entries`;
    this.#entries = "element";
    this.#depth = 0;
    this.#bare = code !== 123 && code !== 91 && code !== QUOTE;
    this.#elementParts = [];
    return "element";
  }

  /**
   * Where the element being read ends in `text`, from `i` (exclusive end), or -1 if it goes on past this piece.
   * State lives in locals while scanning and string contents are skipped by indexOf: most of a HAR's text is
   * inside strings, and reading it a character at a time through private fields was half of an import.
   */
  #elementEnd(text: string, from: number): number {
    let depth = this.#depth;
    let inString = this.#inString;
    let escaped = this.#escaped;
    const bare = this.#bare;
    let end = -1;
    let i = from;
    while (i < text.length) {
      if (inString) {
        if (escaped) {
          escaped = false;
          i++;
          continue;
        }
        const quote = text.indexOf('"', i);
        const stop = quote < 0 ? text.length : quote;
        let backslashes = 0;
        while (stop - backslashes - 1 >= i && text.charCodeAt(stop - backslashes - 1) === BACKSLASH)
          backslashes++;
        if (quote < 0) {
          // The string goes on into the next piece, its last backslash unpaired or not.
          escaped = backslashes % 2 === 1;
          i = text.length;
          break;
        }
        i = quote + 1;
        if (backslashes % 2 === 1) continue;
        inString = false;
        if (depth === 0) {
          end = i;
          break;
        }
        continue;
      }
      if (!bare) {
        // Indentation, keys' colons, numbers and literals: skipped in one native search.
        PLAIN_RUN.lastIndex = i;
        PLAIN_RUN.test(text);
        i = PLAIN_RUN.lastIndex;
        if (i >= text.length) break;
      }
      const code = text.charCodeAt(i);
      if (bare) {
        if (code === 44 || code === 93 || code === 125 || isSpace(code)) {
          end = i;
          break;
        }
      } else if (code === QUOTE) inString = true;
      else if (code === 123 || code === 91) depth++;
      else if (code === 125 || code === 93) {
        depth--;
        if (depth === 0) {
          end = i + 1;
          break;
        }
      }
      i++;
    }
    this.#depth = depth;
    this.#inString = inString;
    this.#escaped = escaped;
    return end;
  }

  #parseElement(): { ok: true; value: unknown } | { ok: false; error: string } {
    const text = this.#elementParts.join("");
    this.#elementParts = [];
    try {
      return { ok: true, value: JSON.parse(text) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? (error.message.split("\n")[0] ?? "") : "" };
    }
  }
}
