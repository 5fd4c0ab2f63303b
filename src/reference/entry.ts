/**
 * What one card of the reference is, and how the data files' cards become full entries: the shapes, the
 * builders that derive class, kind and links, and the title every renderer shows.
 */
import type { StatusClass } from "./vocabulary";

export const ENTRY_KINDS = ["standard", "unofficial", "fallback", "failure", "websocket-close"] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** Where a code stands in the IANA registry. */
export const STANDINGS = [
  "standard",
  "extension",
  "obsolete",
  "reserved",
  "temporary",
  "unofficial",
  "unregistered",
] as const;
export type Standing = (typeof STANDINGS)[number];

export type Actor = "client" | "server" | "intermediary" | "user" | "nobody";

export interface RelatedCode {
  code: number;
  /** One line: how this code differs from that one. */
  note: string;
}

export interface Link {
  title: string;
  /** Always https:. */
  url: string;
}

/** One card of the reference: a status code, a class fallback or a failure with no status. */
export interface ReferenceEntry {
  /** Absent for failures. */
  code?: number;
  name: string;
  /** Chromium's number for a net::ERR_ failure (net_error_list.h), e.g. -105 for ERR_NAME_NOT_RESOLVED. */
  netErrorNumber?: number;
  /** The WebSocket close code a card of kind "websocket-close" explains (RFC 6455 §7.4), e.g. 1006. */
  closeCode?: number;
  /** What the card says about the query that found it, e.g. an IIS sub-status it has no card of its own for. */
  note?: string;
  aliases: string[];
  /** "websocket" for close codes, which no HTTP status class holds. */
  class: StatusClass | "failed" | "websocket";
  kind: EntryKind;
  standing: Standing;
  /** The name in the IANA registry when the card shows another, e.g. 418's "(Unused)". */
  registeredName?: string;
  /** The day a temporary IANA registration lapses ("2026-11-13"); `expiryNoteOf` compares it with a clock. */
  expires?: string;
  /** Who sends it, for unofficial codes ("nginx", "Cloudflare", ...). */
  sender?: string;
  summary: string;
  explanation: string;
  whoActs: Actor;
  causes: string[];
  /** A checklist, most useful first. */
  hints: string[];
  /** Header names that matter for this code. */
  headers: string[];
  /** Can the same request succeed if sent again? */
  retry: "yes" | "no" | "after-change" | "after-delay";
  /** Cacheable by default (RFC 9110 §15.1). */
  cacheable: boolean;
  related: RelatedCode[];
  /** e.g. "RFC 9110 §15.5.5"; "" for unofficial codes and failures. */
  spec: string;
  links: Link[];
}

/** One status code as a data file writes it; class, kind and the standard links are derived by statusEntry. */
export type StatusCard = Omit<ReferenceEntry, "class" | "kind" | "links" | "code"> & {
  code: number;
  /** False when MDN has no page for the code. Default: a page exists for registered codes. */
  mdn?: boolean;
  /** Links beyond the MDN page and the spec section. */
  links?: Link[];
};

/** A card for a request that got no status: class "failed", kind "failure". */
export type FailureCard = Omit<
  ReferenceEntry,
  "class" | "kind" | "code" | "standing" | "cacheable" | "spec" | "links"
> & {
  links?: Link[];
};

/** A WebSocket close code as a data file writes it (no code: a range's card); class, kind and the registry link are derived. */
export type CloseCodeCard = Omit<ReferenceEntry, "class" | "kind" | "code" | "cacheable" | "links"> & {
  links?: Link[];
};

/**
 * "429 Too Many Requests", "WebSocket 1006 Abnormal Closure", or the bare name for failures: the title in the
 * panel and on the command line.
 */
export function cardTitle(entry: ReferenceEntry): string {
  if (entry.kind === "websocket-close") {
    return entry.closeCode === undefined ? entry.name : `WebSocket ${entry.closeCode} ${entry.name}`;
  }
  return entry.code === undefined ? entry.name : `${entry.code} ${entry.name}`;
}

/** The rfc-editor.org address of a spec reference like "RFC 9110 §15.5.5", or undefined for anything else. */
export function specUrl(spec: string): string | undefined {
  const match = /^RFC (\d+)(?: §([\d.]+))?/.exec(spec);
  if (!match) return undefined;
  const [, rfc, section] = match;
  return `https://www.rfc-editor.org/rfc/rfc${rfc}${section ? `#section-${section}` : ""}`;
}

/** "4xx" for 404; callers pass only codes from 100 to 599. */
export function statusClassOf(code: number): StatusClass {
  return `${Math.floor(code / 100)}xx` as StatusClass;
}

/** A full entry from a data file's card: class from the first digit, MDN and spec links added. */
export function statusEntry(card: StatusCard, kind: EntryKind): ReferenceEntry {
  const { mdn, links: extra, ...rest } = card;
  const links: Link[] = [];
  if (kind === "standard" && mdn !== false) {
    links.push({
      title: `MDN: ${card.code} ${card.name}`,
      url: `https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/${card.code}`,
    });
  }
  const spec = specUrl(card.spec);
  if (spec) links.push({ title: card.spec, url: spec });
  links.push(...(extra ?? []));
  return { ...rest, class: statusClassOf(card.code), kind, links };
}

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

const CLOSE_CODE_REGISTRY: Link = {
  title: "IANA: WebSocket Close Code Number Registry",
  url: "https://www.iana.org/assignments/websocket/websocket.xhtml#close-code-number",
};

/** A full entry from a close code's card: no HTTP status, nothing cacheable, the IANA registry and spec linked. */
export function closeCodeEntry(card: CloseCodeCard): ReferenceEntry {
  const { links: extra, ...rest } = card;
  const spec = specUrl(card.spec);
  const links = [CLOSE_CODE_REGISTRY, ...(spec ? [{ title: card.spec, url: spec }] : []), ...(extra ?? [])];
  return { ...rest, class: "websocket", kind: "websocket-close", cacheable: false, links };
}
