import type { HarBatch } from "../../core/har";
import type { RequestRecord } from "../../core/model";
import type { PreflightLink, RedirectChain } from "../../core/requests";

/** What the card needs from every record of a file, worked out once the worker has read them all. */
export interface FileLinks {
  chains: Map<string, RedirectChain>;
  /**
   * Each preflight's id and its request's (when the file holds it): ids, not records, so the panel takes in a few
   * strings per pair instead of copies of records it already holds.
   */
  preflightPairs: [string, string | undefined][];
}

/** The pairs as records, looked up by id in the file's own records. */
export function preflightLinksOf(
  pairs: FileLinks["preflightPairs"],
  get: (id: string) => RequestRecord | undefined,
): Map<string, PreflightLink> {
  const links = new Map<string, PreflightLink>();
  for (const [preflightId, requestId] of pairs) {
    const preflight = get(preflightId);
    const request = requestId === undefined ? undefined : get(requestId);
    if (!preflight) continue;
    const link: PreflightLink = request ? { preflight, request } : { preflight };
    links.set(preflight.id, link);
    if (request) links.set(request.id, link);
  }
  return links;
}

/** What preflightLinksOf takes back. @param links every record of a pair maps to the pair */
export function preflightPairsOf(links: ReadonlyMap<string, PreflightLink>): FileLinks["preflightPairs"] {
  const pairs: FileLinks["preflightPairs"] = [];
  for (const [id, link] of links) if (id === link.preflight.id) pairs.push([id, link.request?.id]);
  return pairs;
}

/** What the import worker tells the panel while it reads a file. */
export type ImportMessage =
  | ({ kind: "batch" } & HarBatch)
  /** Bytes read so far, of `size`. */
  | { kind: "progress"; read: number; size: number }
  | ({ kind: "links" } & FileLinks)
  | { kind: "done" }
  | { kind: "failed"; error: string };

/** Reads a file off the panel's main thread, telling `on` as it goes; the function returned cancels. */
export type HarImportPort = (file: File, on: (message: ImportMessage) => void) => () => void;
