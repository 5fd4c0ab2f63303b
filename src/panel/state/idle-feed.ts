import type { LiveFeed } from "../../core/capture";
import { BUCKETS, FAILURE_KINDS, zeroCounts } from "../../core/model";

/** The live view's feed until the devtools page hands over the real one: empty, and never changes. */
export const IDLE_FEED: LiveFeed = {
  records: () => [],
  get: () => undefined,
  counts: () => zeroCounts(BUCKETS),
  failureCounts: () => zeroCounts(FAILURE_KINDS),
  pending: 0,
  size: 0,
  cap: 0,
  dropped: 0,
  lastLookedAt: undefined,
  pageUrl: undefined,
  recording: true,
  setRecording: () => {},
  contentOf: () => undefined,
  subscribe: () => () => {},
  clear: () => {},
};
