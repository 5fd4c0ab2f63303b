import type { Problem, RequestRecord } from "../model";
import { normalizeEntry } from "./normalize-entry";
import { occurrenceIdOf } from "./record-id";

export type EntryRead = { ok: true; record: RequestRecord } | { ok: false; problem: Problem };

/**
 * Normalizes a file's entries one at a time, in file order, making ids unique within the file: the n-th copy of an
 * entry gets "<id> #n", so two identical entries both stay.
 */
export function createEntryReader(): (entry: unknown, index: number) => EntryRead {
  const seen = new Map<string, number>();
  return (entry, index) => {
    const result = normalizeEntry(entry, index);
    if (!result.ok) return result;
    const copies = seen.get(result.record.id) ?? 0;
    seen.set(result.record.id, copies + 1);
    if (copies === 0) return result;
    return { ok: true, record: { ...result.record, id: occurrenceIdOf(result.record.id, copies + 1) } };
  };
}
