import type { StatusClass } from "./vocabulary";

export const ENTRY_KINDS = ["standard", "unofficial", "fallback", "failure"] as const;
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
  aliases: string[];
  class: StatusClass | "failed";
  kind: EntryKind;
  standing: Standing;
  /** The name in the IANA registry when the card shows another, e.g. 418's "(Unused)". */
  registeredName?: string;
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
