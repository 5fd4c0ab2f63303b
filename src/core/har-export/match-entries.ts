import { entryFactsOf } from "../capture";
import { recordIdOf } from "../har";
import type { RequestRecord } from "../model";

/** What a record says it ended with, as entryFactsOf reads an entry: "pending", or the status the server sent. */
const outcomeOf = (record: RequestRecord) =>
  record.pending ? "pending" : String(record.withheldStatus ?? record.status);

/**
 * DevTools' own entry for each record, by the capture's identity (start to the millisecond, method, URL), or
 * undefined where DevTools no longer holds it (cleared, navigated away, or a record of another source). Entries
 * sharing a key are interchangeable but for what they say: each goes first to a record with the same outcome,
 * then to any record left, so ten parallel `fetch('/same')` calls get ten different entries.
 */
export function devtoolsEntriesFor(
  records: readonly RequestRecord[],
  entries: readonly unknown[],
): (unknown | undefined)[] {
  const byKey = new Map<string, { entry: unknown; outcome: string }[]>();
  for (const entry of entries) {
    const facts = entryFactsOf(entry);
    if (facts.key === undefined) continue;
    const group = byKey.get(facts.key);
    if (group) group.push({ entry, outcome: facts.outcome });
    else byKey.set(facts.key, [{ entry, outcome: facts.outcome }]);
  }
  const keys = records.map(recordIdOf);
  const matched: (unknown | undefined)[] = records.map(() => undefined);
  const pass = (fits: (record: RequestRecord, outcome: string) => boolean) => {
    records.forEach((record, i) => {
      const group = matched[i] === undefined ? byKey.get(keys[i] ?? "") : undefined;
      const at = group?.findIndex((copy) => fits(record, copy.outcome)) ?? -1;
      if (!group || at < 0) return;
      matched[i] = group[at]?.entry;
      group.splice(at, 1);
    });
  };
  pass((record, outcome) => outcomeOf(record) === outcome);
  pass(() => true);
  return matched;
}
