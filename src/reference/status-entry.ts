import type { EntryKind, Link, ReferenceEntry } from "./reference-entry";
import { specUrl } from "./spec-url";
import type { StatusCard } from "./status-card";
import type { StatusClass } from "./vocabulary";

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
