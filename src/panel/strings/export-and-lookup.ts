/** What HAR export, drag-and-drop import and the reference lookup say. */

import { requestsText as requests } from "./count-text";

export const EXPORT_AND_LOOKUP = {
  exportGroup: "Export HAR",
  exportListed: "Export listed",
  exportAll: "Export all",
  exportListedTitle: (count: number) =>
    `Save the ${requests(count)} listed now (under the filter and chips) as a HAR file that DevTools can import`,
  exportAllTitle: (count: number) =>
    `Save all ${requests(count)} of this view as a HAR file, whatever the filter`,
  exporting: "Exporting…",
  /** What an export wrote; a file's rows always come from its records, live rows from DevTools where it can. */
  exported: (count: number, fromRecords: number, redacted: boolean, view: "live" | "file") =>
    `Saved ${requests(count)}` +
    (view === "file"
      ? " from the imported file"
      : fromRecords > 0
        ? `, ${fromRecords} written from the panel's records (DevTools no longer held them)`
        : "") +
    (redacted ? "; secrets redacted." : "; secrets included."),
  exportFailed: (reason: string) => `Export failed: ${reason}`,
  nothingToExport: "Nothing to export: no request is listed.",
  /** The downloaded file's name: the view and when, e.g. "status-lens-live-2026-12-01T15-20-07.har". */
  fileName: (view: string, at: Date) =>
    `status-lens-${view.replace(/\.har$/i, "").replace(/[^\w.-]+/g, "_")}-${at.toISOString().slice(0, 19).replace(/:/g, "-")}.har`,
  dropTarget: "Drop a HAR file to open it beside the live capture",
  lookup: "Look up a status code or error",
  lookupPlaceholder: "Look up 413, net::ERR_…, ws:1006",
  lookupRegion: "Reference lookup",
  lookupMatches: (count: number) => (count === 1 ? "1 match" : `${count} matches`),
  lookupNone: (query: string) =>
    `Nothing in the reference matches “${query}”. Try a code (429), words of a name (too many requests), an error name (net::ERR_CONNECTION_REFUSED, NS_ERROR_NET_RESET), or a WebSocket close code (ws:1006).`,
  lookupHint: "Type a code, words of its name, or a browser error name.",
  backToLookup: "Back to the lookup",
} as const;
