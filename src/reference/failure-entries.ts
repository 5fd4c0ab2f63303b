import { NO_STATUS, PENDING } from "./failures";
import { NET_ERRORS } from "./net-errors";
import type { ReferenceEntry } from "./reference-entry";
import type { FailureCard } from "./status-card";
import type { FailureKind } from "./vocabulary";

/** A full entry from a failure card: no code, class "failed", nothing cacheable, no RFC behind it. */
export function failureEntry(card: FailureCard): ReferenceEntry {
  const { links, ...rest } = card;
  return {
    ...rest,
    class: "failed",
    kind: "failure",
    standing: "unregistered",
    cacheable: false,
    spec: "",
    links: links ?? [],
  };
}

export const NET_ERROR_ENTRIES: readonly ReferenceEntry[] = NET_ERRORS.map(failureEntry);

/** Keyed by the upper-cased name without net:: ("ERR_ABORTED") and by upper-cased aliases. */
export const NET_ERRORS_BY_KEY: ReadonlyMap<string, ReferenceEntry> = new Map(
  NET_ERROR_ENTRIES.flatMap((entry) =>
    [entry.name.replace(/^net::/, ""), ...entry.aliases].map((key) => [key.toUpperCase(), entry] as const),
  ),
);

const NETWORK_FAILURE = failureEntry(NO_STATUS.unknown);

/** The status-0 cards by the core's FailureKind; "network" without a name is the generic no-response card. */
export const NO_STATUS_CARDS: Readonly<Record<FailureKind, ReferenceEntry>> = {
  unknown: NETWORK_FAILURE,
  network: NETWORK_FAILURE,
  cors: failureEntry(NO_STATUS.cors),
  canceled: failureEntry(NO_STATUS.canceled),
  blocked: failureEntry(NO_STATUS.blocked),
};

/** The card of a request still waiting for its response headers. */
export const PENDING_ENTRY: ReferenceEntry = failureEntry(PENDING);
