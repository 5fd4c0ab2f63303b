import type { ReferenceEntry } from "./reference-entry";
import { STATUS_1XX_2XX } from "./status-1xx-2xx";
import { STATUS_3XX } from "./status-3xx";
import { STATUS_4XX } from "./status-4xx";
import { STATUS_5XX } from "./status-5xx";
import { statusEntry } from "./status-entry";
import { UNOFFICIAL_CODES } from "./unofficial-codes";

/** Every code of the IANA registry, one entry each. */
export const REGISTERED_ENTRIES: readonly ReferenceEntry[] = [
  ...STATUS_1XX_2XX,
  ...STATUS_3XX,
  ...STATUS_4XX,
  ...STATUS_5XX,
].map((card) => statusEntry(card, "standard"));

/** Codes outside the registry that vendors send. */
export const UNOFFICIAL_ENTRIES: readonly ReferenceEntry[] = UNOFFICIAL_CODES.map((card) =>
  statusEntry(card, "unofficial"),
);

const byCode = (entries: readonly ReferenceEntry[]) =>
  new Map(entries.map((entry) => [entry.code ?? Number.NaN, entry]));

export const REGISTERED_BY_CODE: ReadonlyMap<number, ReferenceEntry> = byCode(REGISTERED_ENTRIES);
export const UNOFFICIAL_BY_CODE: ReadonlyMap<number, ReferenceEntry> = byCode(UNOFFICIAL_ENTRIES);
