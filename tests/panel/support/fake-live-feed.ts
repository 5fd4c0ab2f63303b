import type { CaptureChange, ContentGetter, LiveFeed } from "../../../src/core/capture";
import type { Problem, RequestRecord } from "../../../src/core/model";
import { BUCKETS, FAILURE_KINDS, zeroCounts } from "../../../src/core/model";

const change = (parts: Partial<CaptureChange>): CaptureChange => ({
  added: [],
  updated: [],
  removed: [],
  reset: false,
  problems: [],
  ...parts,
});

/** A LiveFeed driven by the test: requests arrive, get answered, the log is read, the page navigates. */
export class FakeLiveFeed implements LiveFeed {
  readonly cap: number;
  dropped = 0;
  lastLookedAt: number | undefined;
  pageUrl: string | undefined;
  recording = true;
  /** Times records() was called: each is a pass over every record on the panel's side. */
  recordsCalls = 0;
  /** The `now` of each clear(). */
  readonly clears: number[] = [];
  #records: RequestRecord[] = [];
  #contents = new Map<string, ContentGetter>();
  #listeners = new Set<(change: CaptureChange) => void>();

  constructor(cap = 100_000) {
    this.cap = cap;
  }

  get size(): number {
    return this.#records.length;
  }
  get pending(): number {
    return this.#records.filter((r) => r.pending).length;
  }
  records(): readonly RequestRecord[] {
    this.recordsCalls++;
    return this.#records;
  }
  get(id: string): RequestRecord | undefined {
    return this.#records.find((r) => r.id === id);
  }
  counts() {
    const counts = zeroCounts(BUCKETS);
    for (const record of this.#records) if (!record.pending) counts[record.bucket]++;
    return counts;
  }
  failureCounts() {
    const counts = zeroCounts(FAILURE_KINDS);
    for (const record of this.#records) if (record.failure && !record.pending) counts[record.failure.kind]++;
    return counts;
  }
  contentOf(id: string): ContentGetter | undefined {
    return this.#contents.get(id);
  }
  subscribe(listener: (change: CaptureChange) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
  clear(now: number): void {
    this.clears.push(now);
    this.#records = [];
    this.dropped = 0;
    this.#emit(change({ reset: true }));
  }

  /** Records the switch and tells the panel, as the capture does; what arrives meanwhile is up to the test. */
  setRecording(recording: boolean): void {
    this.recording = recording;
    this.#emit(change({}));
  }

  get listeners(): number {
    return this.#listeners.size;
  }

  /** One batch of new requests; past the cap the oldest go, as `removed`. */
  arrive(records: readonly RequestRecord[], problems: readonly Problem[] = []): void {
    const all = [...this.#records, ...records];
    const removed = all.slice(0, Math.max(0, all.length - this.cap));
    this.dropped += removed.length;
    this.#records = all.slice(removed.length);
    this.#emit(change({ added: records, removed, problems }));
  }

  /** Newer copies of known requests (same ids), replaced in place. */
  update(afters: readonly RequestRecord[]): void {
    const updated = afters.map((after) => {
      const index = this.#records.findIndex((r) => r.id === after.id);
      const before = this.#records[index] as RequestRecord;
      this.#records = this.#records.with(index, after);
      return { before, after };
    });
    this.#emit(change({ updated }));
  }

  /** What DevTools' getContent gives for the request: its text, or its bytes in base64. */
  withContent(id: string, body: Awaited<ReturnType<ContentGetter>>): void {
    this.#contents.set(id, async () => body);
  }

  /** A read of DevTools' log that found nothing new. */
  look(at: number): void {
    this.lastLookedAt = at;
    this.#emit(change({}));
  }

  /** A navigation without Preserve log: the list restarts with what the new page kept. */
  navigate(url: string, kept: readonly RequestRecord[] = []): void {
    this.pageUrl = url;
    this.#records = [...kept];
    this.#emit(change({ reset: true }));
  }

  #emit(batch: CaptureChange): void {
    for (const listener of this.#listeners) listener(batch);
  }
}
