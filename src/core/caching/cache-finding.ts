import type { HeaderField } from "../model";

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
  const fields = from.filter((field): field is HeaderField => field !== undefined);
  return change === undefined
    ? { topic, severity, text, from: fields }
    : { topic, severity, text, from: fields, change };
}
