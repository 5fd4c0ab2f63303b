export { BODY_GETTERS_KEPT, LiveCapture, type LiveCaptureOptions, type SnapshotJob } from "./live-capture";
export type { CaptureChange, ContentGetter, LiveFeed } from "./live-feed";
export {
  gapAfter,
  IDLE_LOOK_MS,
  MIN_GAP_MS,
  nextSnapshotAt,
  SNAPSHOT_SHARE,
  type SnapshotHistory,
} from "./snapshot-schedule";
