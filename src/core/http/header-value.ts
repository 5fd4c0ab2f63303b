import type { HeaderField } from "../model";

/**
 * Whether a field has this name, case-insensitively (RFC 9110 §5.1). Compared in place: normalizing a HAR asks
 * a few names of every entry, and lower-cased copies were a quarter of what it allocated.
 */
export function isHeaderNamed(field: HeaderField, name: string): boolean {
  const own = field.name;
  if (own.length !== name.length) return false;
  for (let i = 0; i < own.length; i++) {
    const a = own.charCodeAt(i);
    const b = name.charCodeAt(i);
    if (a === b) continue;
    // Beyond ASCII, case folding is toLowerCase's.
    if (a > 127 || b > 127) return own.toLowerCase() === name.toLowerCase();
    if ((a >= 65 && a <= 90 ? a + 32 : a) !== (b >= 65 && b <= 90 ? b + 32 : b)) return false;
  }
  return true;
}

/** Every value of a header, in order, matched case-insensitively (RFC 9110 §5.1); [] when absent. */
export function headerValues(headers: readonly HeaderField[], name: string): string[] {
  const values: string[] = [];
  for (const field of headers) if (isHeaderNamed(field, name)) values.push(field.value);
  return values;
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
  for (const field of headers) if (isHeaderNamed(field, name)) return field.value;
  return undefined;
}

export function hasHeader(headers: readonly HeaderField[], name: string): boolean {
  return firstHeaderValue(headers, name) !== undefined;
}
