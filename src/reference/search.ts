import { closeCodeQueryEntry } from "./close-code-lookup";
import type { ReferenceEntry } from "./entry";
import { iisSubStatusOf } from "./iis-sub-statuses";
import { ALL_ENTRIES, explainFailure, explainNetErrorNumber, explainStatus, NO_STATUS_CARDS } from "./lookup";

/** "I’m a Teapot!" and "im a teapot" both become "im a teapot". */
export function normalizeWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** The query grammar shared by the panel's lookup and `status-lens explain`. */
export const QUERY_KINDS = [
  "status",
  "sub-status",
  "net-error-number",
  "error-name",
  "close-code",
  "words",
] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

const PATTERNS: readonly (readonly [Exclude<QueryKind, "words">, RegExp])[] = [
  ["status", /^\d+$/],
  // IIS writes 404.13 in its logs and error pages.
  ["sub-status", /^\d+\.\d{1,4}$/],
  ["net-error-number", /^-\d+$/],
  // Firefox names its failures NS_ERROR_* (necko), SSL_ERROR_* and SEC_ERROR_* (NSS), MOZILLA_PKIX_ERROR_*.
  ["error-name", /^(?:net::)?ERR_|^NS_[A-Z0-9]+_|^(?:SSL|SEC|MOZILLA_PKIX)_ERROR_/i],
  // A WebSocket close code, as the page's CloseEvent.code gives it: ws:1006.
  ["close-code", /^ws:/i],
];

/** Which kind of query a text is: every kind but "words" stands alone and has exactly one card. */
export function queryKindOf(text: string): QueryKind {
  const query = text.trim();
  return PATTERNS.find(([, pattern]) => pattern.test(query))?.[0] ?? "words";
}

// Playwright writes status -1 for "no response"; to Chromium -1 is ERR_IO_PENDING, which is no failure.
const MINUS_ONE_NOTE =
  "-1 is how Playwright's HAR files write 'no response'; as a Chromium net error number it is ERR_IO_PENDING, an operation still under way, not a failure.";

const withNote = (entry: ReferenceEntry, note: string): ReferenceEntry => ({ ...entry, note });

// 1006 asked as a status is most likely a WebSocket close code: say how to ask for that card.
const closeCodeNote = (code: number) =>
  `${code} is no HTTP status; if it is a WebSocket close code (CloseEvent.code), ask for ws:${code}.`;

/**
 * Cards for a query: a status ("429"), a WebSocket close code ("ws:1006"), an IIS sub-status ("500.19", the status card with a note saying what IIS means
 * by it, or that the reference does not know it), a Chromium net error number ("-105"), a net::ERR_, ERR_ or Firefox name (NS_, SSL_ERROR_, SEC_ERROR_, MOZILLA_PKIX_ERROR_), or words
 * of a name or alias ("payload too large"). Word queries list the best first: exact name or alias, then names
 * starting with the words, then names containing them all, then summaries containing them all.
 */
export function searchReference(text: string): ReferenceEntry[] {
  const query = typeof text === "string" ? text.trim() : "";
  switch (queryKindOf(query)) {
    case "status": {
      const code = Number(query);
      const entry = explainStatus(code);
      return [code >= 1000 && code <= 4999 ? withNote(entry, closeCodeNote(code)) : entry];
    }
    case "sub-status": {
      const [status = "", sub = ""] = query.split(".");
      const entry = explainStatus(Number(status));
      const known = iisSubStatusOf(Number(status), Number(sub));
      if (known) {
        const note = `IIS ${known.status}.${known.sub} ${known.name}: ${known.meaning}`;
        return [{ ...withNote(entry, note), links: [...entry.links, known.source] }];
      }
      const note = `Sub-status .${sub} is IIS's; no card for it yet, so this is the card for ${Number(status)}.`;
      return [withNote(entry, note)];
    }
    case "net-error-number":
      if (Number(query) === 0) return [explainStatus(0)];
      if (Number(query) === -1) return [withNote(NO_STATUS_CARDS.unknown, MINUS_ONE_NOTE)];
      return [explainNetErrorNumber(query)];
    case "error-name":
      return [explainFailure(query)];
    case "close-code":
      return [closeCodeQueryEntry(query)];
    case "words":
      return entriesForWords(query);
  }
}

function entriesForWords(query: string): ReferenceEntry[] {
  const wanted = normalizeWords(query);
  if (wanted === "") return [];
  return ALL_ENTRIES.map((entry, order) => ({ entry, order, score: scoreOf(entry, wanted) }))
    .filter((hit) => hit.score < NO_MATCH)
    .sort((a, b) => socketLast(a.entry) - socketLast(b.entry) || a.score - b.score || a.order - b.order)
    .map((hit) => hit.entry);
}

// Words name HTTP's cards first: "timeout" means 408 before WebSocket's 3008 Timeout, which ws:3008 finds.
const socketLast = (entry: ReferenceEntry) => (entry.kind === "websocket-close" ? 1 : 0);

const NO_MATCH = 4;

function scoreOf(entry: ReferenceEntry, wanted: string): number {
  const names = [entry.name, entry.registeredName ?? "", ...entry.aliases].map(normalizeWords);
  if (names.includes(wanted)) return 0;
  if (names.some((name) => name.startsWith(wanted))) return 1;
  const words = wanted.split(" ");
  if (names.some((name) => containsWords(name, words))) return 2;
  if (containsWords(normalizeWords(entry.summary), words)) return 3;
  return NO_MATCH;
}

// Each wanted word must start some word of the text: "large" matches "Too Large", "arge" does not.
function containsWords(text: string, words: string[]): boolean {
  const have = text.split(" ");
  return words.every((word) => have.some((candidate) => candidate.startsWith(word)));
}
