import type { RequestRecord } from "../model";
import { BUCKETS, type Bucket, FAILURE_KINDS, type FailureKind, zeroCounts } from "../model";

/** Records a store keeps unless told otherwise: enough for a long session on a busy page. */
export const DEFAULT_CAP = 100_000;

export interface RequestStoreOptions {
  /** Most records kept; past it the oldest are dropped and counted in `dropped`. Default DEFAULT_CAP. */
  cap?: number;
  /** Told of each record dropped past the cap, oldest first. */
  onDrop?: (record: RequestRecord) => void;
}

export interface AddOptions {
  /**
   * Where the record came from. "live" (default) drops `responseBody`: live bodies are fetched on demand and
   * would pile up in memory. "file" keeps it: a loaded HAR file is the only copy of its bodies.
   */
  from?: "live" | "file";
}

/** What a later copy of a request may change once it has finished (getHAR can list requests still pending). */
function hasNews(kept: RequestRecord, later: RequestRecord): boolean {
  return (
    kept.status !== later.status ||
    kept.bucket !== later.bucket ||
    kept.timeMs !== later.timeMs ||
    kept.transferSize !== later.transferSize ||
    kept.failure?.kind !== later.failure?.kind ||
    kept.failure?.error !== later.failure?.error ||
    kept.responseHeaders.length !== later.responseHeaders.length ||
    kept.pending !== later.pending
  );
}

/**
 * Requests in arrival order, deduplicated by id, with counts per bucket and failure kind kept as records come
 * and go; a pending request (no response yet) counts in no bucket until it is answered. add and get are O(1)
 * (amortized when the cap drops records); filter is one pass.
 */
export class RequestStore {
  readonly cap: number;
  #items: RequestRecord[] = [];
  /** Index of the oldest kept record in #items; dropped ones before it are compacted away in batches. */
  #head = 0;
  /** Sequence number of each kept record by id: its slot in #items is the number minus #dropped. */
  #slotOf = new Map<string, number>();
  #dropped = 0;
  /** Dropped past the cap since the last clear. */
  #overCap = 0;
  #pending = 0;
  #onDrop: ((record: RequestRecord) => void) | undefined;
  #buckets = zeroCounts(BUCKETS);
  #failures = zeroCounts(FAILURE_KINDS);
  #view: readonly RequestRecord[] | undefined;

  constructor(options: RequestStoreOptions = {}) {
    const cap = options.cap ?? DEFAULT_CAP;
    this.cap = Number.isFinite(cap) && cap >= 1 ? Math.floor(cap) : DEFAULT_CAP;
    this.#onDrop = options.onDrop;
  }

  get size(): number {
    return this.#slotOf.size;
  }

  /** Records dropped past the cap since the last clear. */
  get dropped(): number {
    return this.#overCap;
  }

  /** Requests still waiting for a response. */
  get pending(): number {
    return this.#pending;
  }

  /**
   * true when the store changed: a new request, or a newer copy of one it holds (a request getHAR listed while
   * still pending, finished since), which replaces it in place. false for a copy that adds nothing.
   */
  add(record: RequestRecord, options: AddOptions = {}): boolean {
    let kept = record;
    // Set to undefined rather than left out: every record keeps the one shape normalizeEntry gives it.
    if (options.from !== "file" && record.responseBody !== undefined)
      kept = { ...record, responseBody: undefined };
    const held = this.get(kept.id);
    if (held) return this.#replace(held, kept);
    this.#slotOf.set(kept.id, this.#dropped + this.#items.length);
    this.#items.push(kept);
    this.#count(kept, 1);
    while (this.#slotOf.size > this.cap) this.#dropOldest();
    this.#view = undefined;
    return true;
  }

  get(id: string): RequestRecord | undefined {
    // One map for both lookups: a second one by id cost a hash insert per record of a 100,000-entry import.
    const sequence = this.#slotOf.get(id);
    return sequence === undefined ? undefined : this.#items[sequence - this.#dropped];
  }

  clear(): void {
    this.#items = [];
    this.#head = 0;
    this.#dropped = 0;
    this.#overCap = 0;
    this.#pending = 0;
    this.#slotOf.clear();
    this.#buckets = zeroCounts(BUCKETS);
    this.#failures = zeroCounts(FAILURE_KINDS);
    this.#view = undefined;
  }

  /** Kept records, oldest first. The array is shared until the next change: do not mutate it. */
  records(): readonly RequestRecord[] {
    this.#view ??= this.#items.slice(this.#head);
    return this.#view;
  }

  counts(): Readonly<Record<Bucket, number>> {
    return this.#buckets;
  }

  failureCounts(): Readonly<Record<FailureKind, number>> {
    return this.#failures;
  }

  filter(predicate: (record: RequestRecord) => boolean): RequestRecord[] {
    const matched: RequestRecord[] = [];
    for (let i = this.#head; i < this.#items.length; i++) {
      const record = this.#items[i];
      if (record && predicate(record)) matched.push(record);
    }
    return matched;
  }

  #replace(held: RequestRecord, later: RequestRecord): boolean {
    if (!hasNews(held, later)) return false;
    const slot = (this.#slotOf.get(held.id) ?? -1) - this.#dropped;
    if (this.#items[slot] !== held) return false;
    const record = { ...later, index: held.index };
    this.#items[slot] = record;
    this.#count(held, -1);
    this.#count(record, 1);
    this.#view = undefined;
    return true;
  }

  #count(record: RequestRecord, delta: 1 | -1): void {
    if (record.pending) {
      this.#pending += delta;
      return;
    }
    this.#buckets = { ...this.#buckets, [record.bucket]: this.#buckets[record.bucket] + delta };
    if (record.failure) {
      const kind = record.failure.kind;
      this.#failures = { ...this.#failures, [kind]: this.#failures[kind] + delta };
    }
  }

  #dropOldest(): void {
    const oldest = this.#items[this.#head];
    if (!oldest) return;
    this.#head++;
    this.#slotOf.delete(oldest.id);
    this.#count(oldest, -1);
    this.#overCap++;
    this.#onDrop?.(oldest);
    if (this.#head > 1024 && this.#head * 2 > this.#items.length) {
      this.#items = this.#items.slice(this.#head);
      this.#dropped += this.#head;
      this.#head = 0;
    }
  }
}
