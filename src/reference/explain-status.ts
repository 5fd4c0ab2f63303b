import { NO_STATUS_CARDS } from "./failure-entries";
import { classFallbackEntry, invalidStatusEntry } from "./fallback-entry";
import type { ReferenceEntry } from "./reference-entry";
import { REGISTERED_BY_CODE, UNOFFICIAL_BY_CODE } from "./status-entries";

/**
 * The card for any number the panel may hold as a status. 0 means no response arrived, so it gets the
 * "no response" failure card; numbers that are not a status in 100–599 get the "not a valid HTTP status" card.
 */
export function explainStatus(code: number): ReferenceEntry {
  if (code === 0) return NO_STATUS_CARDS.unknown;
  if (typeof code !== "number" || !Number.isInteger(code) || code < 100 || code > 599) {
    return invalidStatusEntry(code);
  }
  return REGISTERED_BY_CODE.get(code) ?? UNOFFICIAL_BY_CODE.get(code) ?? classFallbackEntry(code);
}
