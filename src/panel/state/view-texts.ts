/** Numbers as the panel writes them: 100,000. */
const formatCount = (count: number) => count.toLocaleString("en-US");

const requestsText = (count: number) => `${formatCount(count)} ${count === 1 ? "request" : "requests"}`;

export const LOG_READ_TITLE =
  "When Status Lens last read DevTools' network log. It reads it on a schedule that slows as the log grows, " +
  "so DevTools stays responsive: a request DevTools lists shows here after the next read.";

/** "log read 3 s ago": how fresh the live list is. */
export function logReadText(lastLookedAt: number | undefined, now: number): string {
  if (lastLookedAt === undefined) return "log not read yet";
  const seconds = Math.max(0, Math.floor((now - lastLookedAt) / 1000));
  if (seconds < 1) return "log read just now";
  if (seconds < 60) return `log read ${seconds} s ago`;
  return `log read ${Math.floor(seconds / 60)} min ago`;
}

/** Never silent loss: how many went, and how to keep them. */
export function droppedText(dropped: number, cap: number): string {
  const what = dropped === 1 ? "1 oldest request" : `${formatCount(dropped)} oldest requests`;
  return (
    `${what} dropped: the live list keeps the newest ${formatCount(cap)}. ` +
    "Export HAR from DevTools' Network panel first to keep them all."
  );
}

/** The file view's banner: what is shown, and that live capture goes on beside it. */
export function fileBannerText(fileName: string, fileTotal: number, liveTotal: number): string {
  return `Showing ${fileName}: ${requestsText(fileTotal)} from the file. Live capture goes on: ${requestsText(liveTotal)}.`;
}
