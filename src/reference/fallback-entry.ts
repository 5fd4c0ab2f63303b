import { CLASS_FALLBACKS, INVALID_STATUS } from "./class-fallbacks";
import type { ReferenceEntry } from "./reference-entry";
import { statusClassOf, statusEntry } from "./status-entry";

/** The class card for an unregistered code in 100–599, carrying the code it was asked about. */
export function classFallbackEntry(code: number): ReferenceEntry {
  const statusClass = statusClassOf(code);
  const card = CLASS_FALLBACKS[statusClass];
  return statusEntry({ ...card, code, name: `Unregistered ${statusClass} status` }, "fallback");
}

/**
 * The card for a number that is no HTTP status. Its class is "failed", the one class outside 1xx–5xx,
 * because no status class fits; its kind stays "fallback" to tell it from a real failure card.
 */
export function invalidStatusEntry(code: number): ReferenceEntry {
  const { mdn: _mdn, links, ...card } = INVALID_STATUS;
  return {
    ...card,
    ...(Number.isFinite(code) ? { code } : {}),
    name: "Not a valid HTTP status",
    class: "failed",
    kind: "fallback",
    links,
  };
}
