export { isEmptyChange } from "./capture-change";
export { type EntryFacts, entryFactsOf } from "./entry-facts";
export { BODY_GETTERS_KEPT, LiveCapture, type LiveCaptureOptions, type SnapshotJob } from "./live-capture";
export type { CaptureChange, ContentGetter, EncodedContent, LiveFeed } from "./live-feed";
export {
  CHEAP_CALL_MS,
  gapAfter,
  MIN_GAP_MS,
  nextSnapshotAt,
  QUIET_GAPS,
  SNAPSHOT_SHARE,
  type SnapshotHistory,
} from "./snapshot-schedule";
