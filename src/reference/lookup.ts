/**
 * Finding the card for what a request ended with: a status number, a browser error text, a failure kind
 * the core classified, or still pending. Every fixed card is built here once, from the data files.
 */
import { CLASS_FALLBACKS, INVALID_STATUS } from "./class-fallbacks";
import { WEBSOCKET_CLOSE_ENTRIES } from "./close-code-lookup";
import { failureEntry, type ReferenceEntry, statusClassOf, statusEntry } from "./entry";
import {
  NO_STATUS,
  PENDING,
  unknownFailureCard,
  unknownNetErrorCard,
  unknownNetErrorNumberCard,
} from "./failures";
import { NET_ERRORS } from "./net-errors";
import { ACCESS_NET_ERRORS } from "./net-errors-access";
import { HTTP_NET_ERRORS } from "./net-errors-http";
import { TLS_NET_ERRORS } from "./net-errors-tls";
import { STATUS_1XX_2XX } from "./status-1xx-2xx";
import { STATUS_3XX } from "./status-3xx";
import { STATUS_4XX } from "./status-4xx";
import { STATUS_5XX } from "./status-5xx";
import { UNOFFICIAL_CODES } from "./unofficial-codes";
import { VENDOR_CODES } from "./vendor-codes";
import { type FailureKind, failureKindOfError } from "./vocabulary";

/** Every code of the IANA registry, one entry each. */
export const REGISTERED_ENTRIES: readonly ReferenceEntry[] = [
  ...STATUS_1XX_2XX,
  ...STATUS_3XX,
  ...STATUS_4XX,
  ...STATUS_5XX,
].map((card) => statusEntry(card, "standard"));

/** Codes outside the registry that vendors send. */
export const UNOFFICIAL_ENTRIES: readonly ReferenceEntry[] = [...UNOFFICIAL_CODES, ...VENDOR_CODES]
  .sort((a, b) => a.code - b.code)
  .map((card) => statusEntry(card, "unofficial"));

const byCode = (entries: readonly ReferenceEntry[]) =>
  new Map(entries.map((entry) => [entry.code ?? Number.NaN, entry]));

export const REGISTERED_BY_CODE: ReadonlyMap<number, ReferenceEntry> = byCode(REGISTERED_ENTRIES);
export const UNOFFICIAL_BY_CODE: ReadonlyMap<number, ReferenceEntry> = byCode(UNOFFICIAL_ENTRIES);

export const NET_ERROR_ENTRIES: readonly ReferenceEntry[] = [
  ...NET_ERRORS,
  ...TLS_NET_ERRORS,
  ...HTTP_NET_ERRORS,
  ...ACCESS_NET_ERRORS,
].map(failureEntry);

/** Keyed by the upper-cased name without net:: ("ERR_ABORTED") and by upper-cased aliases. */
export const NET_ERRORS_BY_KEY: ReadonlyMap<string, ReferenceEntry> = new Map(
  NET_ERROR_ENTRIES.flatMap((entry) =>
    [entry.name.replace(/^net::/, ""), ...entry.aliases].map((key) => [key.toUpperCase(), entry] as const),
  ),
);

/** Keyed by Chromium's net error number (-105). */
export const NET_ERRORS_BY_NUMBER: ReadonlyMap<number, ReferenceEntry> = new Map(
  NET_ERROR_ENTRIES.flatMap((entry) =>
    entry.netErrorNumber === undefined ? [] : [[entry.netErrorNumber, entry] as const],
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

/**
 * Every fixed card of the reference, registered codes first, WebSocket close codes last (a word query such as
 * "bad gateway" finds HTTP's card first); fallbacks are made per query and are not here.
 */
export const ALL_ENTRIES: readonly ReferenceEntry[] = [
  ...REGISTERED_ENTRIES,
  ...UNOFFICIAL_ENTRIES,
  ...NET_ERROR_ENTRIES,
  ...new Set(Object.values(NO_STATUS_CARDS)),
  PENDING_ENTRY,
  ...WEBSOCKET_CLOSE_ENTRIES,
];

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

// Error text comes from HAR files and browsers: keep what is echoed back short.
const MAX_ECHO = 80;

/**
 * The card for a request that got no status, from the browser's error text: a Chromium net::ERR_ name
 * (with or without the prefix), a Firefox name (NS_ERROR_*, SSL_ERROR_*, SEC_ERROR_*, MOZILLA_PKIX_ERROR_*) or a DevTools label. Empty text gets the no-response card.
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
  // Prose that names a network failure keeps its own words on the card; the other kinds have their card.
  const kind = failureKindOfError(text);
  if (kind && kind !== "network") return NO_STATUS_CARDS[kind];
  return failureEntry(unknownFailureCard(text.slice(0, MAX_ECHO)));
}

/**
 * The card for a Chromium net error number as the query wrote it ("-105"); a number without a card gets one
 * that says so, named by the number.
 */
export function explainNetErrorNumber(number: string): ReferenceEntry {
  return (
    NET_ERRORS_BY_NUMBER.get(Number(number)) ??
    failureEntry(unknownNetErrorNumberCard(number.slice(0, MAX_ECHO)))
  );
}

/** The status-0 card for a failure the core has already classified. */
export function explainFailureKind(kind: FailureKind): ReferenceEntry {
  // The kind may come from recorded data at runtime: never let "__proto__" or a typo reach the prototype.
  return Object.hasOwn(NO_STATUS_CARDS, kind) ? NO_STATUS_CARDS[kind] : NO_STATUS_CARDS.unknown;
}

/** The card of a request still waiting for its response headers. */
export function explainPending(): ReferenceEntry {
  return PENDING_ENTRY;
}
