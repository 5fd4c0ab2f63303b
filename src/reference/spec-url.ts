/** The rfc-editor.org address of a spec reference like "RFC 9110 §15.5.5", or undefined for anything else. */
export function specUrl(spec: string): string | undefined {
  const match = /^RFC (\d+)(?: §([\d.]+))?/.exec(spec);
  if (!match) return undefined;
  const [, rfc, section] = match;
  return `https://www.rfc-editor.org/rfc/rfc${rfc}${section ? `#section-${section}` : ""}`;
}
