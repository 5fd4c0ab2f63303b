import { NET_ERROR_ENTRIES, NO_STATUS_CARDS, PENDING_ENTRY } from "./failure-entries";
import type { ReferenceEntry } from "./reference-entry";
import { REGISTERED_ENTRIES, UNOFFICIAL_ENTRIES } from "./status-entries";

/** Every fixed card of the reference, registered codes first; fallbacks are made per query and are not here. */
export const ALL_ENTRIES: readonly ReferenceEntry[] = [
  ...REGISTERED_ENTRIES,
  ...UNOFFICIAL_ENTRIES,
  ...NET_ERROR_ENTRIES,
  ...new Set(Object.values(NO_STATUS_CARDS)),
  PENDING_ENTRY,
];
