// C0 controls and DEL: a terminal may act on them when the command is pasted, so they are written as escapes.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\x01-\x1f\x7f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters escaped inside $'...'.
const ESCAPED = /[\x01-\x1f\x7f\\'!]/g;

const escapeInAnsiC = (char: string): string => {
  if (char === "\\") return "\\\\";
  if (char === "'") return "\\'";
  if (char === "\n") return "\\n";
  if (char === "\r") return "\\r";
  if (char === "\t") return "\\t";
  // "!" would start history expansion in an interactive bash, even inside $'...'.
  return `\\x${char.charCodeAt(0).toString(16).padStart(2, "0")}`;
};

/**
 * One bash word that reads back as exactly `text` (which holds no NUL): single-quoted, `'` written as `'\''`;
 * with control characters, ANSI-C quoted ($'...') instead. Non-ASCII characters are kept as they are.
 */
export function bashWord(text: string): string {
  if (!CONTROL.test(text)) return `'${text.replace(/'/g, "'\\''")}'`;
  return `$'${text.replace(ESCAPED, escapeInAnsiC)}'`;
}
