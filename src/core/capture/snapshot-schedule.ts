/**
 * When to ask DevTools for its whole log again. Only getHAR lists a response whose body the page never reads
 * (in Chromium 156 it gets no Resource Timing entry and no onRequestFinished either), so the capture must ask.
 * Each call makes DevTools rebuild a HAR of every request it holds (about 0.2 s at 1,000 requests, 1–2 s at
 * 5,000, 2–4 s at 20,000), so the pause after a call grows with what the call cost: DevTools spends at most
 * SNAPSHOT_SHARE of its time answering us, and a third of that while the page is quiet.
 */
export const SNAPSHOT_SHARE = 0.15;
/** Never closer than this, however cheap the log. */
export const MIN_GAP_MS = 500;
/** A call this cheap is asked on every gap, busy page or not: a new row within about 1.5 s up to ~1,000 requests. */
export const CHEAP_CALL_MS = 250;
/** On a quiet page with a costly log, wait this many gaps. */
export const QUIET_GAPS = 3;

export interface SnapshotHistory {
  /** When the last call was answered, ms; undefined before the first. */
  lastAnsweredAt: number | undefined;
  /** How long the last call took, ms. */
  lastCostMs: number;
}

/** The pause after a call that cost `costMs`, so calls take at most SNAPSHOT_SHARE of DevTools' time. */
export function gapAfter(costMs: number): number {
  const cost = Number.isFinite(costMs) && costMs > 0 ? costMs : 0;
  return Math.max(MIN_GAP_MS, (cost * (1 - SNAPSHOT_SHARE)) / SNAPSHOT_SHARE);
}

/**
 * The earliest time the next getHAR may start. `busy`: the log may hold what only a snapshot shows (a
 * navigation, the panel just shown, requests an earlier snapshot listed that never finished); otherwise, as on a
 * quiet page or one whose every request finishes, a costly log is asked less often.
 */
export function nextSnapshotAt(history: SnapshotHistory, busy: boolean): number {
  if (history.lastAnsweredAt === undefined) return Number.NEGATIVE_INFINITY;
  const gap = gapAfter(history.lastCostMs);
  const quiet = !busy && history.lastCostMs > CHEAP_CALL_MS;
  return history.lastAnsweredAt + (quiet ? gap * QUIET_GAPS : gap);
}
