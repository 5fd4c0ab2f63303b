import { formatDuration, formatSize } from "../../core/http";
import type { TimingPhase } from "../../core/model";

/** What the request details (Headers, Payload, Response, Timing) say: one place, ready for translation. */
export const DETAILS = {
  region: "Request details",
  tabs: { headers: "Headers", payload: "Payload", response: "Response", timing: "Timing" },
  general: "General",
  requestLine: "Request line",
  url: "Request URL",
  method: "Request method",
  status: "Status code",
  remoteAddress: "Remote address",
  responseHeaders: "Response headers",
  requestHeaders: "Request headers",
  headerCount: (title: string, count: number) => `${title} (${count})`,
  noHeaders: "None recorded.",
  queryString: "Query string parameters",
  formData: "Form data",
  requestPayload: "Request payload",
  noPayload: "This request sent no payload.",
  responseBody: "Response body",
  loading: "Reading the body from DevTools…",
  emptyBody: "The response has no body.",
  noResponse: "No response arrived, so there is no body.",
  bodyWithheld: "The browser withheld this response from the page, so DevTools has no body for it.",
  bodyGone: "DevTools no longer holds this body (it is dropped on navigation, or when its log is cleared).",
  bodyNotHanded:
    "DevTools has not handed this body to the panel: it gives bodies only for requests it saw finish.",
  bodyNotInFile: "This HAR file does not include the response body.",
  binaryBody: (mimeType: string, size: number) =>
    `${mimeType || "Unknown type"}${size >= 0 ? `, ${formatSize(size)}` : ""}, binary: not shown`,
  truncated: (shown: number, total: number) =>
    `Showing the first ${formatSize(shown)} of ${formatSize(total)}.`,
  showAll: "Show all",
  started: "Started",
  total: "Total",
  unknownTime: "unknown",
  phases: "Phases",
  noPhases: "The log has no timing phases for this request.",
  phase: {
    blocked: "Queued or stalled",
    dns: "DNS lookup",
    connect: "Initial connection",
    ssl: "SSL (part of the connection)",
    send: "Request sent",
    wait: "Waiting for server response",
    receive: "Content download",
  } satisfies Record<TimingPhase, string>,
  /** As the Network panel's Timing tab: below a millisecond with two decimals ("0.05 ms"). */
  duration: (ms: number) => (ms > 0 && ms < 1 ? `${ms.toFixed(2)} ms` : formatDuration(ms)),
  /** The start in the panel's local time, with milliseconds: "2026-11-25 11:05:11.802". */
  startedAt: (iso: string) => {
    const at = new Date(iso);
    if (!iso || Number.isNaN(at.getTime())) return "unknown";
    const pad = (n: number, width = 2) => String(n).padStart(width, "0");
    return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}.${pad(at.getMilliseconds(), 3)}`;
  },
} as const;
