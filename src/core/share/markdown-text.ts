/** `text` as one Markdown code span: a fence longer than any backtick run inside, line breaks as spaces. */
export function inlineCode(text: string): string {
  const flat = text.replace(/[\r\n]+/g, " ");
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") || flat === "" ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** Prose from a page or server, so that Markdown shows it as written: no HTML, no emphasis, one line. */
export function plainText(text: string): string {
  return text.replace(/[\r\n]+/g, " ").replace(/[\\`*_<>[\]|]/g, (char) => `\\${char}`);
}
