import { type HeaderField, shorten } from "../model";

/** One reason in the caching verdict: what it means, the header values it came from, what to change. */
export interface CacheFinding {
  /** Stable for tests: "no-store", "lifetime", "age", "vary", ... */
  topic: string;
  severity: "info" | "warning";
  text: string;
  /** The response (or request) fields it was read from, as received. */
  from: HeaderField[];
  /** What to send instead for a different result, when there is something to change. */
  change?: string;
}

/** A finding from the fields that exist among `from` (absent headers are left out). */
export function cacheFinding(
  topic: string,
  severity: CacheFinding["severity"],
  text: string,
  from: readonly (HeaderField | undefined)[],
  change?: string,
): CacheFinding {
  // Findings quote header values the page controls: each is kept to a readable length.
  const fields = from.flatMap((field) => (field ? [{ name: field.name, value: shorten(field.value) }] : []));
  const shown = shorten(text);
  return change === undefined
    ? { topic, severity, text: shown, from: fields }
    : { topic, severity, text: shown, from: fields, change };
}
