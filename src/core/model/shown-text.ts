/** Page-controlled text longer than this is cut where it is shown in a sentence, a label or a card. */
export const MAX_SHOWN = 1000;

/**
 * `text`, or its first `max` characters and how many more there were: a 1 MB header value must not make a 1 MB
 * card. Whole values stay available where they are the subject (the request details' Headers tab).
 */
export function shorten(text: string, max = MAX_SHOWN): string {
  if (text.length <= max) return text;
  // Never cut a surrogate pair in half.
  const end = /[\ud800-\udbff]/.test(text[max - 1] ?? "") ? max - 1 : max;
  return `${text.slice(0, end)}… (${text.length - end} more characters)`;
}
