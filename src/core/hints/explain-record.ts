import type { ReferenceEntry } from "../../reference";
import {
  expiryNoteOf,
  explainCloseCode,
  explainFailure,
  explainFailureKind,
  explainPending,
  explainStatus,
} from "../../reference";
import type { RequestRecord } from "../model";
import { closeCodeOf } from "./websocket-hints";

/** The reference card for what happened to this request: its status, the failure that replaced one, or the wait. */
export function explainRecord(record: RequestRecord): ReferenceEntry {
  if (record.pending) return explainPending();
  // A socket Chromium failed closed with 1006 for the page, which is what its card explains.
  const closeCode = closeCodeOf(record);
  if (closeCode !== undefined) return explainCloseCode(closeCode);
  const failure = record.failure;
  // A status line's 0 is an answer, not the no-response 0: the card for a number that is no status, with its code.
  if (!failure)
    return record.status === 0 ? { ...explainStatus(Number.NaN), code: 0 } : explainStatus(record.status);
  // Chromium names a CORS block only net::ERR_FAILED, and Firefox names no error at all: the kind picks the card.
  if (failure.kind === "cors" || !failure.error) return explainFailureKind(failure.kind);
  return explainFailure(failure.error);
}

/** The card as of `now`: a temporary registration past its expiry date says so (the reference reads no clock). */
export function entryAsOf(entry: ReferenceEntry, now: Date): ReferenceEntry {
  const expired = expiryNoteOf(entry, now);
  if (!expired) return entry;
  return { ...entry, note: entry.note ? `${entry.note} ${expired}` : expired };
}
