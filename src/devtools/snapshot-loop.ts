import { type LiveCapture, nextSnapshotAt, type SnapshotHistory } from "../core/capture";

/** How often the loop checks whether to look, while the panel is shown. */
const TICK_MS = 250;
/** Entries merged per task: a 20,000-entry snapshot is read in slices of a few milliseconds each. */
const SLICE = 500;
/** getHAR takes about 4 s on a 20,000-request log: an answer this late is not coming. */
const GIVE_UP_MS = 60_000;

export interface SnapshotLoopDeps {
  capture: LiveCapture;
  getHar: () => Promise<readonly unknown[]>;
  now: () => number;
  signal: AbortSignal;
}

export interface SnapshotLoop {
  /** Look while the panel is shown; a shown panel looks at once. */
  setVisible(visible: boolean): void;
  /** The page may hold what only a snapshot shows (a navigation): look on the busy schedule. */
  busy(): void;
}

/**
 * Asks DevTools for its whole log on the schedule core decides (nextSnapshotAt), only while the panel is shown,
 * one call at a time, and merges each answer into the capture a slice per task.
 */
export function startSnapshotLoop(deps: SnapshotLoopDeps): SnapshotLoop {
  const { capture, now, signal } = deps;
  const history: SnapshotHistory = { lastAnsweredAt: undefined, lastCostMs: 0 };
  let visible = false;
  let busy = true;
  let looking = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const look = async () => {
    looking = true;
    busy = false;
    const askedAt = now();
    // DevTools may never answer (a closing window, an overloaded frontend): stop waiting after a while.
    let timedOut = false;
    const watchdog = setTimeout(() => {
      timedOut = true;
      looking = false;
    }, GIVE_UP_MS);
    const entries = await deps.getHar();
    clearTimeout(watchdog);
    if (signal.aborted || timedOut) return;
    const answeredAt = now();
    history.lastAnsweredAt = answeredAt;
    history.lastCostMs = answeredAt - askedAt;
    const job = capture.snapshot(entries, answeredAt);
    const slice = () => {
      if (signal.aborted) return;
      let done = true;
      try {
        done = job.step(SLICE);
      } catch {
        // A slice that throws ends this look; the next one starts from a fresh snapshot.
      }
      if (done) looking = false;
      else setTimeout(slice, 0);
    };
    slice();
  };

  const tick = () => {
    timer = undefined;
    if (!visible || signal.aborted) return;
    // Requests onRequestFinished never finished (unread bodies, open sockets) change only in snapshots.
    if (!looking && now() >= nextSnapshotAt(history, busy || capture.snapshotsNeeded)) void look();
    timer = setTimeout(tick, TICK_MS);
  };

  signal.addEventListener("abort", () => clearTimeout(timer));
  return {
    setVisible(next) {
      visible = next;
      if (!visible || timer !== undefined) return;
      busy = true;
      tick();
    },
    busy() {
      busy = true;
    },
  };
}
