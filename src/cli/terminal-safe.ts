/**
 * Characters a terminal acts on rather than shows: C0 controls but tab and newline, DEL, C1 controls (0x9b is
 * CSI, 0x9d OSC in 8-bit terminals), and the bidirectional controls that reorder what is shown (Trojan Source).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const ACTIVE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const escaped = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;

/**
 * Text safe to write to a terminal: every active character shown as a \uXXXX escape, which is also how JSON writes
 * it, so --json output stays valid JSON. Everything the CLI prints passes through this, whatever file it came from.
 */
export function terminalSafe(text: string): string {
  return text.replace(ACTIVE, escaped);
}

/** A value from a file written on one line of the text report: its line breaks shown, not obeyed. */
export function oneLineField(text: string): string {
  return text.replace(/\r\n|[\r\n\u2028\u2029\u0085]/g, (br) =>
    br === "\n" ? "\\n" : escaped(br.slice(-1)),
  );
}
