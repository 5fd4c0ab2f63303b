import { explainFailure, explainFailureKind, explainStatus } from "../reference";
import type { ReferenceEntry } from "../reference/reference-entry";
import type { RequestRecord } from "./request-record";

/** The reference card for what happened to this request: its status, or the failure that replaced one. */
export function explainRecord(record: RequestRecord): ReferenceEntry {
  const failure = record.failure;
  if (!failure) return explainStatus(record.status);
  // Chromium names a CORS block only net::ERR_FAILED, and Firefox names no error at all: the kind picks the card.
  if (failure.kind === "cors" || !failure.error) return explainFailureKind(failure.kind);
  return explainFailure(failure.error);
}
