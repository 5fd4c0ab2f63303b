/**
 * When to ask DevTools for its whole log again. Each getHAR makes DevTools rebuild a HAR of every request it
 * holds (about 0.18 s at 1,000 requests, 1 s at 5,000, 3.7 s at 20,000), so the pause after a call grows with
 * what the call cost: DevTools spends at most SHARE of its time answering us, whatever the page does.
 */
export const SNAPSHOT_SHARE = 0.15;
/** Never closer than this, however cheap the log: a new row within about a second on small pages. */
export const MIN_GAP_MS = 500;
/**
 * With no sign of unseen traffic, look anyway this often, or every IDLE_GAPS gaps on a big log: requests still
 * waiting for headers, open sockets and streams leave no sign in the page.
 */
export const IDLE_LOOK_MS = 10_000;
export const IDLE_GAPS = 3;

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
 * The earliest time the next getHAR may start. `wanted`: something may be new (the page made requests,
 * requests are still pending, the page navigated, the panel was just shown); otherwise only the idle look.
 */
export function nextSnapshotAt(history: SnapshotHistory, wanted: boolean): number {
  if (history.lastAnsweredAt === undefined) return Number.NEGATIVE_INFINITY;
  const gap = gapAfter(history.lastCostMs);
  return history.lastAnsweredAt + (wanted ? gap : Math.max(gap * IDLE_GAPS, IDLE_LOOK_MS));
}

/** Resource Timing never lists the page's own document or a WebSocket; onRequestFinished does. */
export function isTimedResource(resourceType: unknown): boolean {
  return resourceType !== "document" && resourceType !== "websocket";
}

/**
 * Whether the page loaded something onRequestFinished did not tell of: more new Resource Timing entries than
 * finished requests of the kinds it lists. Those are answers whose body was never read, found only by getHAR.
 */
export function hasUnseenTraffic(resourcesAdded: number, timedFinished: number): boolean {
  return resourcesAdded > timedFinished;
}
