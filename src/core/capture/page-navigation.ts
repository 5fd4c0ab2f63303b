import { isJsonObject, objectField, stringField } from "../har";
import { resolveUrl } from "../http";

/** A document request seen in DevTools' log, kept while a snapshot is read to find where a new page began. */
export interface DocumentEntry {
  url: string;
  redirectURL: string;
  startedMs: number;
  pageref: string | undefined;
}

/** Where a page began: its first document request's start, and DevTools' page id for it when given. */
export interface PageStart {
  startedMs: number;
  pageref: string | undefined;
}

const withoutFragment = (url: string) => url.split("#", 1)[0] ?? url;

/** The entry as a DocumentEntry when DevTools typed it a document; otherwise undefined. */
export function documentEntryOf(entry: unknown, startedMs: number): DocumentEntry | undefined {
  if (!isJsonObject(entry) || entry._resourceType !== "document") return undefined;
  const url = stringField(objectField(entry, "request"), "url")?.trim() ?? "";
  const redirectURL = stringField(objectField(entry, "response"), "redirectURL") ?? "";
  return { url, redirectURL, startedMs, pageref: stringField(entry, "pageref") };
}

/**
 * Where the page at `url` began: the newest document request for it that started after `after`, or the first
 * redirect that led to it. undefined when there is none yet: the navigation may have stayed in the document
 * (history.pushState, a fragment), so nothing should be cleared.
 */
export function pageStartOf(
  documents: readonly DocumentEntry[],
  url: string,
  after: number,
): PageStart | undefined {
  const target = withoutFragment(url);
  let landing: DocumentEntry | undefined;
  for (const doc of documents) {
    if (withoutFragment(doc.url) !== target || !(doc.startedMs > after)) continue;
    if (!landing || doc.startedMs > landing.startedMs) landing = doc;
  }
  if (!landing) return undefined;
  let first = landing;
  for (let hop = 0; hop < 20; hop++) {
    const current = first;
    const previous = documents.find(
      (doc) =>
        doc.startedMs < current.startedMs &&
        doc.startedMs > after &&
        doc.redirectURL !== "" &&
        (resolveUrl(doc.redirectURL, doc.url) ?? doc.redirectURL) === current.url,
    );
    if (!previous) break;
    first = previous;
  }
  return { startedMs: first.startedMs, pageref: landing.pageref };
}
