import type { ReferenceEntry } from "./entry";

/**
 * What a card with a temporary IANA registration adds once its expiry date has passed, by the clock the
 * caller passes in (the reference never reads one); undefined for any other card or before that date.
 */
export function expiryNoteOf(entry: ReferenceEntry, now: Date): string | undefined {
  if (entry.expires === undefined || now.getTime() < Date.parse(`${entry.expires}T23:59:59Z`))
    return undefined;
  return `IANA's temporary registration of ${entry.code} expired on ${entry.expires}, as this reference's registry snapshot records; unless it was renewed or made permanent since, the number is unassigned again.`;
}
