import type { ReferenceEntry } from "./reference-entry";

/** "429 Too Many Requests", or the bare name for failures: the title in the panel and on the command line. */
export function cardTitle(entry: ReferenceEntry): string {
  return entry.code === undefined ? entry.name : `${entry.code} ${entry.name}`;
}
