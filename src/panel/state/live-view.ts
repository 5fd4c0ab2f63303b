import { batch, computed, type ReadonlySignal, signal } from "@preact/signals";
import { type CaptureChange, isEmptyChange, type LiveFeed } from "../../core/capture";
import type { Problem } from "../../core/model";
import type { RowOrder, RowPredicate } from "../../core/requests";
import { UI } from "../strings";
import { IDLE_FEED } from "./idle-feed";
import { createMatchedRows } from "./matched-rows";
import type { PanelView } from "./panel-view";
import { createRecordLinks } from "./record-links";

export interface LiveView extends PanelView {
  readonly kind: "live";
  /** How many of the oldest requests the capture dropped past its cap, said so; null when none. */
  readonly droppedNotice: ReadonlySignal<string | null>;
  /** "log read 3 s ago", as of the last tick. */
  readonly logRead: ReadonlySignal<string>;
  /** Hands the view the capture; returns how to let go of it. */
  attach(feed: LiveFeed): () => void;
  /** False while recording is paused, in the capture itself (so it outlives the panel page). */
  readonly recording: ReadonlySignal<boolean>;
  setRecording(recording: boolean): void;
  /** Forgets every live request, in the capture itself. */
  clear(): void;
  /** Reads the clock again, so logRead moves on while nothing arrives. */
  tick(): void;
}

const RESET: CaptureChange = { added: [], updated: [], removed: [], reset: true, problems: [] };

/** When to show what arrived: `show` at once (tests), or later, so a burst of changes is shown once. */
export type LiveRefresh = (show: () => void) => void;
const AT_ONCE: LiveRefresh = (show) => show();

/**
 * The live capture as the panel shows it: rows updated in place per CaptureChange batch, and one version bump per
 * refresh, which may gather many batches.
 */
export function createLiveView(
  match: ReadonlySignal<RowPredicate>,
  order: ReadonlySignal<RowOrder | null>,
  now: () => number,
  refresh: LiveRefresh = AT_ONCE,
): LiveView {
  let feed: LiveFeed = IDLE_FEED;
  const version = signal(0);
  const clock = signal(now());
  const lastLookedAt = signal<number | undefined>(undefined);
  const pageUrl = signal<string | undefined>(undefined);
  const recording = signal(true);
  const problems = signal<readonly Problem[]>([]);
  const records = () => feed.records();
  const rows = createMatchedRows(records, match, order, version);
  let refreshing = false;
  const show = () => {
    refreshing = false;
    version.value++;
  };
  const fromFeed = <T>(value: () => T) =>
    computed(() => {
      version.value;
      return value();
    });

  const onChange = (change: CaptureChange) =>
    batch(() => {
      clock.value = now();
      lastLookedAt.value = feed.lastLookedAt;
      pageUrl.value = feed.pageUrl;
      recording.value = feed.recording;
      if (isEmptyChange(change)) return;
      rows.apply(change);
      if (change.reset) problems.value = [];
      if (change.problems.length > 0) problems.value = [...problems.value, ...change.problems];
      if (refreshing) return;
      refreshing = true;
      refresh(show);
    });

  return {
    kind: "live",
    name: UI.views.live,
    rows: rows.view,
    version,
    // Copied: the feed may hand out the same object, and a signal only tells of a new one.
    counts: fromFeed(() => ({ ...feed.counts() })),
    failureCounts: fromFeed(() => ({ ...feed.failureCounts() })),
    total: fromFeed(() => feed.size),
    pending: fromFeed(() => feed.pending),
    problems,
    ...createRecordLinks(records, version, pageUrl),
    droppedNotice: fromFeed(() => (feed.dropped > 0 ? UI.views.dropped(feed.dropped, feed.cap) : null)),
    logRead: computed(() => UI.views.logRead(lastLookedAt.value, clock.value)),
    records,
    get: (id) => feed.get(id),
    contentOf: (id) => feed.contentOf(id),
    dismissProblems() {
      problems.value = [];
    },
    attach(next) {
      feed = next;
      onChange(RESET);
      return feed.subscribe(onChange);
    },
    recording,
    setRecording(on) {
      feed.setRecording(on, now());
    },
    clear() {
      feed.clear(now());
    },
    tick() {
      clock.value = now();
    },
  };
}
