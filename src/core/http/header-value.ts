import type { HeaderField } from "../model";

/** Every value of a header, in order, matched case-insensitively (RFC 9110 §5.1); [] when absent. */
export function headerValues(headers: readonly HeaderField[], name: string): string[] {
  const wanted = name.toLowerCase();
  return headers.filter((field) => field.name.toLowerCase() === wanted).map((field) => field.value);
}

/**
 * One header's value, duplicates joined with ", " as RFC 9110 §5.3 allows for list-based fields;
 * undefined when absent. Set-Cookie and other non-list fields should use headerValues instead.
 */
export function headerValue(headers: readonly HeaderField[], name: string): string | undefined {
  const values = headerValues(headers, name);
  return values.length === 0 ? undefined : values.join(", ");
}

/** The first value only, for singleton fields (Location, Retry-After) where a second copy is an error. */
export function firstHeaderValue(headers: readonly HeaderField[], name: string): string | undefined {
  const wanted = name.toLowerCase();
  // Lengths first: normalizing reads a few headers of every entry, and most names differ in length.
  for (const field of headers)
    if (field.name.length === wanted.length && field.name.toLowerCase() === wanted) return field.value;
  return undefined;
}

export function hasHeader(headers: readonly HeaderField[], name: string): boolean {
  return firstHeaderValue(headers, name) !== undefined;
}
