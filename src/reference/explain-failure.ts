import { failureEntry, NET_ERRORS_BY_KEY, NO_STATUS_CARDS, PENDING_ENTRY } from "./failure-entries";
import { unknownFailureCard, unknownNetErrorCard } from "./failures";
import type { ReferenceEntry } from "./reference-entry";
import type { FailureKind } from "./vocabulary";

// Error text comes from HAR files and browsers: keep what is echoed back short.
const MAX_ECHO = 80;

/**
 * The card for a request that got no status, from the browser's error text: a Chromium net::ERR_ name
 * (with or without the prefix), a Firefox NS_ name or a DevTools label. Empty text gets the no-response card.
 */
export function explainFailure(errorText: string): ReferenceEntry {
  const text = typeof errorText === "string" ? errorText.trim() : "";
  if (text === "") return NO_STATUS_CARDS.unknown;
  const netError = /^(?:net::)?(ERR_[A-Z0-9_]+)/i.exec(text)?.[1]?.toUpperCase();
  if (netError) {
    return NET_ERRORS_BY_KEY.get(netError) ?? failureEntry(unknownNetErrorCard(netError.slice(0, MAX_ECHO)));
  }
  const known = NET_ERRORS_BY_KEY.get(text.replace(/^\(|\)$/g, "").toUpperCase());
  if (known) return known;
  const kind = failureKindOfText(text);
  if (kind) return NO_STATUS_CARDS[kind];
  return failureEntry(unknownFailureCard(text.slice(0, MAX_ECHO)));
}

/** The status-0 card for a failure the core has already classified. */
export function explainFailureKind(kind: FailureKind): ReferenceEntry {
  // The kind may come from recorded data at runtime: never let "__proto__" or a typo reach the prototype.
  return Object.hasOwn(NO_STATUS_CARDS, kind) ? NO_STATUS_CARDS[kind] : NO_STATUS_CARDS.unknown;
}

// DevTools labels such as "CORS error", "(canceled)" and "(blocked:mixed-content)".
function failureKindOfText(text: string): FailureKind | undefined {
  if (/\bcors\b/i.test(text)) return "cors";
  if (/cancel/i.test(text)) return "canceled";
  if (/blocked/i.test(text)) return "blocked";
  return undefined;
}

/** The card of a request still waiting for its response headers. */
export function explainPending(): ReferenceEntry {
  return PENDING_ENTRY;
}
