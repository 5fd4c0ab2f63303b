import { formatWait } from "../http";

/** One finding about an actual exchange, on top of the reference's generic hints. */
export interface Hint {
  /** What it is about, stable for tests and grouping: "retry-after", "www-authenticate", "cors", ... */
  topic: string;
  severity: "info" | "warning" | "error";
  /** One or two plain sentences naming the values read, e.g. "Retry in 42 s, at 14:03:10 (UTC+01:00)." */
  text: string;
  /** The header or field it was read from, e.g. "Retry-After". */
  source?: string;
  /** When a wait it names ends (ISO 8601): whoever shows the hint says how it stands then (findingText). */
  until?: string;
}

/** A hint as shown at `now`: its text, then where its wait stands ("12 s left", "The wait ended 3 min ago"). */
export function findingText(hint: Hint, now: Date): string {
  const wait = hint.until ? formatWait(new Date(hint.until), now) : "";
  return wait ? `${hint.text} ${wait[0]?.toUpperCase()}${wait.slice(1)}.` : hint.text;
}

/**
 * Makes hints about one topic: `const hint = hintsAbout("cors", "Access-Control-Allow-Origin")`, then
 * `hint("error", "…")`, with the source given per hint when it differs.
 */
export function hintsAbout(topic: string, defaultSource?: string) {
  return (severity: Hint["severity"], text: string, source = defaultSource): Hint =>
    source === undefined ? { topic, severity, text } : { topic, severity, text, source };
}
