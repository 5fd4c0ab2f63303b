import type { LiveRefresh } from "./live-view";

/** A lone change shows this soon: the next frames, which also gather a small burst into one render. */
export const QUICK_MS = 50;
/** Under a stream of changes the list is drawn again at most this often: live to a reader, cheap to draw. */
export const STREAM_GAP_MS = 500;

/**
 * When the live list shows what arrived: a change after a quiet spell within QUICK_MS, and while changes keep
 * coming at most every STREAM_GAP_MS, since each redraw lays out and paints the list (a busy page delivers
 * hundreds of requests a second, and the shown panel's CPU is budgeted against a hidden one's).
 */
export function throttledRefresh(
  setTimer: (run: () => void, ms: number) => unknown,
  now: () => number,
): LiveRefresh {
  let lastShownAt = Number.NEGATIVE_INFINITY;
  return (show) => {
    const wait = Math.max(QUICK_MS, lastShownAt + STREAM_GAP_MS - now());
    setTimer(() => {
      lastShownAt = now();
      show();
    }, wait);
  };
}
