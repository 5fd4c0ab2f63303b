/** What the views say: the Live and file tabs, their banners and notices, the empty list, unreadable entries. */
import { formatCount, requestsText } from "./count-text";

/** "log read 3 s ago": how fresh the live list is. */
function logReadText(lastLookedAt: number | undefined, now: number): string {
  if (lastLookedAt === undefined) return "log not read yet";
  const seconds = Math.max(0, Math.floor((now - lastLookedAt) / 1000));
  if (seconds < 1) return "log read just now";
  if (seconds < 60) return `log read ${seconds} s ago`;
  return `log read ${Math.floor(seconds / 60)} min ago`;
}

/** Never silent loss: how many went, and how to keep them. */
function droppedText(dropped: number, cap: number): string {
  const what = dropped === 1 ? "1 oldest request" : `${formatCount(dropped)} oldest requests`;
  return (
    `${what} dropped: the live list keeps the newest ${formatCount(cap)}. ` +
    "Export HAR from DevTools' Network panel first to keep them all."
  );
}

/** The file view's banner: what is shown, and that live capture goes on beside it. */
function fileBannerText(fileName: string, fileTotal: number, liveTotal: number): string {
  return `Showing ${fileName}: ${requestsText(fileTotal)} from the file. Live capture goes on: ${requestsText(liveTotal)}.`;
}

export const VIEWS = {
  tabs: "Views",
  live: "Live",
  liveTitle: "The inspected page's requests, as they happen",
  fileTitle: (fileName: string) => `Imported from ${fileName}`,
  closeFile: (fileName: string) => `Close ${fileName}`,
  closeFileTitle: (fileName: string) => `Close ${fileName}; the live capture stays`,
  logReadTitle:
    "When Status Lens last read DevTools' network log. It reads it on a schedule that slows as the log grows, " +
    "so DevTools stays responsive: a request DevTools lists shows here after the next read.",
  logRead: logReadText,
  dropped: droppedText,
  fileBanner: fileBannerText,
  importing: (fileName: string, percent: number) => `Importing ${fileName}… ${percent}%`,
  importProgress: "Import progress",
  cancelImport: "Cancel",
  cancelImportTitle: "Stop reading this file; what is shown stays as it is",
  emptyLive:
    "Waiting for requests… DevTools records only while it is open: reload the inspected page to capture its traffic, or import a HAR file.",
  emptyFile: "This file lists no requests.",
  noMatch: "No request matches this filter.",
  unreadEntries: (count: number) => `${count} entries could not be read`,
  dismiss: "Dismiss",
} as const;
