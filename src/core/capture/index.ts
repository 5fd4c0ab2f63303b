export { BODY_GETTERS_KEPT, LiveCapture, type LiveCaptureOptions, type SnapshotJob } from "./live-capture";
export type { CaptureChange, ContentGetter, LiveFeed } from "./live-feed";
export {
  gapAfter,
  hasUnseenTraffic,
  IDLE_GAPS,
  IDLE_LOOK_MS,
  isTimedResource,
  MIN_GAP_MS,
  nextSnapshotAt,
  SNAPSHOT_SHARE,
  type SnapshotHistory,
} from "./snapshot-schedule";
