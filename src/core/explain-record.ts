import { explainFailure, explainStatus } from "../reference";
import type { ReferenceEntry } from "../reference/reference-entry";
import type { RequestRecord } from "./request-record";

/** The reference card for what happened to this request: its status, or the failure that replaced one. */
export function explainRecord(record: RequestRecord): ReferenceEntry {
  const failure = record.failure;
  if (!failure) return explainStatus(record.status);
  // Chromium names a CORS block only net::ERR_FAILED: the CORS card says more than the generic one.
  if (failure.kind === "cors" || !failure.error) return explainFailure(failureKindQuery[failure.kind]);
  return explainFailure(failure.error);
}

// Without an error name the failure kind picks the card (status 0 in Firefox's HARs and many tools').
const failureKindQuery = {
  cors: "cors",
  canceled: "canceled",
  blocked: "blocked",
  network: "",
  unknown: "",
} as const;
