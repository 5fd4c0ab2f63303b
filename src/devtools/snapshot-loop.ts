import {
  hasUnseenTraffic,
  isTimedResource,
  type LiveCapture,
  nextSnapshotAt,
  type SnapshotHistory,
} from "../core/capture";

/** How often the loop checks whether to look, while the panel is shown. */
const TICK_MS = 250;
/** Entries merged per task: a 20,000-entry snapshot is read in slices of a few milliseconds each. */
const SLICE = 500;

export interface SnapshotLoopDeps {
  capture: LiveCapture;
  getHar: () => Promise<readonly unknown[]>;
  /** How many resources the page has loaded (Resource Timing); undefined when unknown. */
  pageActivity: () => Promise<number | undefined>;
  now: () => number;
  signal: AbortSignal;
}

export interface SnapshotLoop {
  /** Look while the panel is shown; a shown panel looks at once. */
  setVisible(visible: boolean): void;
  /** Something may be new (a navigation): look as soon as the schedule allows. */
  want(): void;
  /** onRequestFinished told of a request of this type: the page's count of resources will not need a look for it. */
  finished(resourceType: unknown): void;
}

/**
 * Asks DevTools for its whole log on the schedule core decides (nextSnapshotAt), only while the panel is shown,
 * one call at a time, and merges each answer into the capture a slice per task.
 */
export function startSnapshotLoop(deps: SnapshotLoopDeps): SnapshotLoop {
  const { capture, now, signal } = deps;
  const history: SnapshotHistory = { lastAnsweredAt: undefined, lastCostMs: 0 };
  let visible = false;
  let wanted = true;
  let busy = false;
  let probing = false;
  /** The page's resource count at the last probe, and both counts when the last look began. */
  let lastCount: number | undefined;
  let finishedTotal = 0;
  let base = { count: 0, finished: 0 };
  let timer: ReturnType<typeof setTimeout> | undefined;

  const probeActivity = () => {
    if (probing) return;
    probing = true;
    void deps.pageActivity().then((count) => {
      probing = false;
      if (count === undefined) return;
      lastCount = count;
      // A smaller count is a new page; otherwise, compare what is new since the last look began.
      if (count < base.count || hasUnseenTraffic(count - base.count, finishedTotal - base.finished))
        wanted = true;
    });
  };

  const look = async () => {
    busy = true;
    wanted = false;
    base = { count: lastCount ?? 0, finished: finishedTotal };
    const askedAt = now();
    const entries = await deps.getHar();
    const answeredAt = now();
    history.lastAnsweredAt = answeredAt;
    history.lastCostMs = answeredAt - askedAt;
    if (signal.aborted) return;
    const job = capture.snapshot(entries, askedAt, answeredAt);
    const slice = () => {
      if (signal.aborted) return;
      if (job.step(SLICE)) busy = false;
      else setTimeout(slice, 0);
    };
    slice();
  };

  const tick = () => {
    timer = undefined;
    if (!visible || signal.aborted) return;
    if (!busy) {
      probeActivity();
      if (now() >= nextSnapshotAt(history, wanted)) void look();
    }
    timer = setTimeout(tick, TICK_MS);
  };

  signal.addEventListener("abort", () => clearTimeout(timer));
  return {
    setVisible(next) {
      visible = next;
      if (!visible || timer !== undefined) return;
      wanted = true;
      tick();
    },
    want() {
      wanted = true;
    },
    finished(resourceType) {
      if (isTimedResource(resourceType)) finishedTotal++;
    },
  };
}
