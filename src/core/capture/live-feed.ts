import type { Bucket, FailureKind, Problem, RequestRecord } from "../model";

/** A body DevTools hands over base64-encoded (images, fonts, other bytes that are not text). */
export interface EncodedContent {
  text: string;
  encoding: "base64";
}

/** Fetches a live response body on demand (live records do not hold bodies): its text, or its bytes in base64. */
export type ContentGetter = () => Promise<string | EncodedContent>;

/** What changed in the live capture, delivered in batches so the panel renders once per batch. */
export interface CaptureChange {
  /** New rows, in arrival order. */
  added: readonly RequestRecord[];
  /** Rows replaced in place, same id: a pending copy answered, a stream finished, a cut-off request canceled. */
  updated: readonly { before: RequestRecord; after: RequestRecord }[];
  /** Rows gone without a reset: the oldest, dropped past the cap. */
  removed: readonly RequestRecord[];
  /** The whole list was rebuilt (Clear, a navigation without Preserve log): read records() again. */
  reset: boolean;
  /** Entries that could not be read, from this batch. */
  problems: readonly Problem[];
}

/**
 * The live capture as the panel reads it. It lives in the devtools page (as long as DevTools is open) and the
 * panel holds a reference to it: one copy of the records, however many times the panel is shown.
 */
export interface LiveFeed {
  /** Kept records, in arrival order. Shared until the next change: do not mutate. */
  records(): readonly RequestRecord[];
  get(id: string): RequestRecord | undefined;
  /** Counts per class; pending requests count in none. */
  counts(): Readonly<Record<Bucket, number>>;
  /** Failed requests per kind (network, blocked, canceled, CORS, unknown); pending requests count in none. */
  failureCounts(): Readonly<Record<FailureKind, number>>;
  /** Requests still waiting for their response headers. */
  readonly pending: number;
  readonly size: number;
  /** Most records kept; past it the oldest go, and `dropped` says how many. */
  readonly cap: number;
  /** Records dropped past the cap since the last Clear. */
  readonly dropped: number;
  /** When the capture last read DevTools' whole log (getHAR), ms since the epoch; undefined before the first. */
  readonly lastLookedAt: number | undefined;
  /** The inspected page's URL from the last navigation, when one was seen. */
  readonly pageUrl: string | undefined;
  contentOf(id: string): ContentGetter | undefined;
  /**
   * Calls `listener` after every change, and after every read of DevTools' log even when nothing changed (so
   * `lastLookedAt` can be shown), until the returned function is called.
   */
  subscribe(listener: (change: CaptureChange) => void): () => void;
  /** False while recording is paused: requests started meanwhile are never listed, even after resuming. */
  readonly recording: boolean;
  /** Pauses or resumes recording at `now` (ms since the epoch); listeners hear of it. */
  setRecording(recording: boolean, now: number): void;
  /** Forgets every record; requests DevTools still lists that started before now stay forgotten. */
  clear(now: number): void;
}
