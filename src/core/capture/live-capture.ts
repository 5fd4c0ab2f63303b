import { normalizeEntry } from "../har";
import type { RequestRecord } from "../model";
import { DEFAULT_CAP, RequestStore } from "../requests";
import { type ChangeBuilder, isEmptyChange, newChange } from "./capture-change";
import { type EntryFacts, entryFactsOf } from "./entry-facts";
import type { CaptureChange, ContentGetter, LiveFeed } from "./live-feed";
import { type DocumentEntry, documentEntryOf, type PageStart, pageStartOf } from "./page-navigation";
import { RecordingPauses } from "./recording-pauses";
import { CUT_OFF, RequestSlots, type Slot } from "./request-slots";

/** Body getters kept: each holds DevTools' whole entry alive, so only the newest requests keep theirs. */
export const BODY_GETTERS_KEPT = 10_000;

/** Finished document requests remembered to find a page's redirects: more than Chromium follows (20). */
const RECENT_DOCUMENTS = 24;

export interface LiveCaptureOptions {
  cap?: number;
  /** The panel's Preserve log, read at each navigation. */
  preserveLog: () => boolean;
}

/** Reads one getHAR snapshot a slice at a time, so neither DevTools page nor panel sees a long task. */
export interface SnapshotJob {
  /** Reads up to `limit` more entries; true when the snapshot is fully read. */
  step(limit: number): boolean;
}

/** What tells which page a request belongs to. */
type PageFacts = Pick<EntryFacts, "startedMs" | "pageref" | "document">;

const canceledCopy = (record: RequestRecord): RequestRecord => {
  const { pending: _pending, ...rest } = record;
  return { ...rest, bucket: "failed", failure: { kind: "canceled", error: "net::ERR_ABORTED" } };
};

/**
 * The live list, merged from DevTools' two sources: getHAR snapshots (every request DevTools lists, answered or
 * not, but no bodies) and onRequestFinished (bodies, but only for requests that finish). Every request is one
 * row: a copy seen again replaces its row in place, and parallel identical requests stay apart (RequestSlots).
 */
export class LiveCapture implements LiveFeed {
  readonly #store: RequestStore;
  readonly #slots = new RequestSlots();
  readonly #slotOf = new Map<string, Slot>();
  readonly #pendingSlots = new Set<Slot>();
  /**
   * Requests a snapshot listed that onRequestFinished has not finished, by the number of the snapshot that first
   * listed them (insertion order is oldest first): what only getHAR brings news of.
   */
  readonly #snapshotOnly = new Map<Slot, number>();
  #snapshots = 0;
  /** Requests listed before DevTools knew their start (a WebSocket before its handshake): 1969 in its log. */
  readonly #undated = new Set<Slot>();
  readonly #contents = new Map<string, ContentGetter>();
  readonly #listeners = new Set<(change: CaptureChange) => void>();
  readonly #preserveLog: () => boolean;
  readonly #pauses = new RecordingPauses();
  /** Requests that started before this are not ours: cleared, dropped past the cap, or the previous page's. */
  #ignoreBeforeMs = Number.NEGATIVE_INFINITY;
  /** The newest page the capture knows of: its first document request's start and DevTools' page id. */
  #page: PageStart = { startedMs: Number.NEGATIVE_INFINITY, pageref: undefined };
  /** DevTools' ids of the pages navigated away from; those cleared without Preserve log stay ignored. */
  readonly #leftPages = new Set<string>();
  readonly #clearedPages = new Set<string>();
  /** The URL of the last navigation: a newer document request for it moves the capture to a new page. */
  #navigationUrl: string | undefined;
  #recentDocuments: DocumentEntry[] = [];
  #change: ChangeBuilder = newChange();
  #sequence = 0;
  #keylessSeen = 0;
  #lastLookedAt: number | undefined;
  #pageUrl: string | undefined;

  constructor(options: LiveCaptureOptions) {
    this.#preserveLog = options.preserveLog;
    this.#store = new RequestStore({
      cap: options.cap ?? DEFAULT_CAP,
      onDrop: (record) => this.#dropped(record),
    });
  }

  get size(): number {
    return this.#store.size;
  }
  get cap(): number {
    return this.#store.cap;
  }
  get dropped(): number {
    return this.#store.dropped;
  }
  get pending(): number {
    return this.#store.pending;
  }
  /**
   * Whether getHAR still brings what onRequestFinished does not: a request an earlier snapshot listed is still
   * unfinished a whole snapshot later (a body the page never read, an open WebSocket, a slow answer). A page whose
   * every request finishes needs snapshots only for what starts anew, so the loop may ask a costly log less often.
   */
  get snapshotsNeeded(): boolean {
    const oldest = this.#snapshotOnly.values().next();
    return !oldest.done && oldest.value < this.#snapshots - 1;
  }
  get lastLookedAt(): number | undefined {
    return this.#lastLookedAt;
  }
  get pageUrl(): string | undefined {
    return this.#pageUrl;
  }
  get recording(): boolean {
    return this.#pauses.recording;
  }
  records(): readonly RequestRecord[] {
    return this.#store.records();
  }
  get(id: string): RequestRecord | undefined {
    return this.#store.get(id);
  }
  counts() {
    return this.#store.counts();
  }
  failureCounts() {
    return this.#store.failureCounts();
  }
  contentOf(id: string): ContentGetter | undefined {
    return this.#contents.get(id);
  }

  subscribe(listener: (change: CaptureChange) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  setRecording(recording: boolean, now: number): void {
    if (this.#pauses.set(recording, now)) this.#emit(true);
  }

  clear(now: number): void {
    this.#forgetAll();
    this.#ignoreBeforeMs = now;
    this.#pauses.forgetBefore(now);
    this.#change.reset = true;
    this.#emit();
  }

  /** A request onRequestFinished delivered: final, with its body getter. */
  addFinished(entry: unknown, content: ContentGetter): void {
    const facts = entryFactsOf(entry);
    if (facts.key === undefined) {
      this.#problem(entry);
    } else if (!this.#ignored(facts)) {
      const doc = documentEntryOf(entry, facts.startedMs);
      if (doc) {
        // Redirects that led to a page finish before it: keep a few, to find where the page began.
        this.#recentDocuments = [...this.#recentDocuments.slice(-RECENT_DOCUMENTS + 1), doc];
        this.#settleNavigation(this.#recentDocuments);
      }
      const slot = this.#slots.forFinishedEntry(facts.key, facts.outcome);
      const placed = this.#place(entry, facts, facts.key, slot);
      if (placed) {
        placed.finished = true;
        this.#snapshotOnly.delete(placed);
        this.#keepContent(placed.id, content);
      }
    }
    this.#emit();
  }

  /**
   * The inspected page navigated. Once a new document shows it was a new page (not history.pushState), what
   * was still pending is canceled, and without Preserve log the list restarts with the new page.
   */
  navigated(url: string): void {
    this.#pageUrl = url;
    this.#navigationUrl = url;
    // The new document may have finished before the event came.
    this.#settleNavigation(this.#recentDocuments);
    this.#emit(true);
  }

  /**
   * Merges one getHAR snapshot, `answeredAt` being when it came back.
   */
  snapshot(entries: readonly unknown[], answeredAt: number): SnapshotJob {
    // Two passes, each a slice at a time: group the entries by key, then place each group as a whole.
    const groups = new Map<string, { entry: unknown; facts: EntryFacts }[]>();
    const documents: DocumentEntry[] = [];
    let keyless = 0;
    let firstKeyless: unknown;
    let scanned = 0;
    let placing: Iterator<[string, { entry: unknown; facts: EntryFacts }[]]> | undefined;
    const scan = (limit: number) => {
      const end = Math.min(entries.length, scanned + limit);
      for (; scanned < end; scanned++) {
        const entry = entries[scanned];
        const facts = entryFactsOf(entry);
        if (facts.key === undefined) {
          if (keyless++ === 0) firstKeyless = entry;
          continue;
        }
        const doc = documentEntryOf(entry, facts.startedMs);
        if (doc) documents.push(doc);
        if (this.#ignored(facts)) continue;
        const group = groups.get(facts.key);
        if (group) group.push({ entry, facts });
        else groups.set(facts.key, [{ entry, facts }]);
      }
    };
    const place = (limit: number): boolean => {
      placing ??= groups.entries();
      for (let placed = 0; placed < limit; ) {
        const next = placing.next();
        if (next.done) return true;
        const [key, scanned] = next.value;
        // A navigation or Clear between two slices may have made part of this snapshot stale since its scan.
        const group = scanned.filter((copy) => !this.#ignored(copy.facts));
        const slots = this.#slots.forSnapshotGroup(
          key,
          group.map((copy) => copy.facts.outcome),
        );
        group.forEach((copy, i) => {
          const slot = this.#place(copy.entry, copy.facts, key, slots[i]);
          if (slot && !slot.finished && slot.outcome !== CUT_OFF && !this.#snapshotOnly.has(slot))
            this.#snapshotOnly.set(slot, this.#snapshots);
        });
        placed += scanned.length;
      }
      return false;
    };
    return {
      step: (limit) => {
        const budget = Math.max(1, limit);
        let done = false;
        if (scanned < entries.length) scan(budget);
        else done = place(budget);
        if (done) this.#finishSnapshot(documents, keyless, firstKeyless, answeredAt);
        // The last slice always tells the listeners, so the panel can show when the log was last read.
        this.#emit(done);
        return done;
      },
    };
  }

  /** Puts one copy of a request in its row (new, or replacing the known one); returns its slot, if readable. */
  #place(entry: unknown, facts: EntryFacts, key: string, slot: Slot | undefined): Slot | undefined {
    if (slot) {
      // A finished copy is final, an unchanged copy is no news, and a stale pending copy never undoes an answer.
      const stale = facts.outcome === "pending" && slot.outcome !== "pending";
      if (slot.finished || slot.fingerprint === facts.fingerprint || stale) return slot;
    }
    const result = normalizeEntry(entry, this.#sequence);
    if (!result.ok) {
      this.#change.problems.push(result.problem);
      return undefined;
    }
    this.#sequence++;
    // DevTools keeps listing a request cut off by a navigation as if still pending: it never will be answered.
    const cutOff = facts.outcome === "pending" && this.#beforeThisPage(facts);
    const record = cutOff ? canceledCopy(result.record) : result.record;
    const outcome = cutOff ? CUT_OFF : facts.outcome;
    const known = slot ?? this.#datedCopyOf(facts, key);
    if (!known) {
      const { key: _key, ...known } = facts;
      const created = this.#slots.create(key, { ...known, outcome, finished: false });
      this.#track(created);
      this.#store.add({ ...record, id: created.id });
      this.#change.added.push(this.#store.get(created.id) ?? record);
      return created;
    }
    known.outcome = outcome;
    known.fingerprint = facts.fingerprint;
    this.#track(known);
    this.#replace(known.id, { ...record, id: known.id });
    return known;
  }

  /** The request listed undated before, which this copy with a real start is: it keeps its row and id. */
  #datedCopyOf(facts: EntryFacts, key: string): Slot | undefined {
    if (Number.isNaN(facts.startedMs)) return undefined;
    for (const slot of this.#undated) {
      if (slot.target !== facts.target || slot.pageref !== facts.pageref) continue;
      this.#undated.delete(slot);
      this.#slots.rekey(slot, key);
      slot.startedMs = facts.startedMs;
      return slot;
    }
    return undefined;
  }

  #replace(id: string, record: RequestRecord): void {
    const before = this.#store.get(id);
    if (!before || !this.#store.add(record)) return;
    const after = this.#store.get(id);
    if (after) this.#change.updated.push({ before, after });
  }

  #track(slot: Slot): void {
    this.#slotOf.set(slot.id, slot);
    if (Number.isNaN(slot.startedMs)) this.#undated.add(slot);
    if (slot.outcome === "pending") this.#pendingSlots.add(slot);
    else this.#pendingSlots.delete(slot);
  }

  /** Reports unreadable entries once (DevTools would list them in every snapshot), then settles navigation. */
  #finishSnapshot(
    documents: readonly DocumentEntry[],
    keyless: number,
    firstKeyless: unknown,
    answeredAt: number,
  ): void {
    if (keyless > this.#keylessSeen) {
      const problem = normalizeEntry(firstKeyless, -1);
      if (!problem.ok) this.#change.problems.push(problem.problem);
    }
    this.#keylessSeen = keyless;
    this.#snapshots++;
    this.#settleNavigation(documents);
    this.#lastLookedAt = answeredAt;
  }

  /**
   * Moves to a new page on evidence: a document request for the last navigation's URL newer than the current
   * page means a new page, and what the old one left pending was cut off; without Preserve log, only the new
   * page's requests stay. Until then nothing changes: history.pushState fires the same event and loads no
   * document, and the document of a real navigation may reach DevTools' log after the event. Only ever
   * forward, so a snapshot read across a navigation, holding the previous document, is put right by the next.
   */
  #settleNavigation(documents: readonly DocumentEntry[]): void {
    if (this.#navigationUrl === undefined) return;
    const page = pageStartOf(documents, this.#navigationUrl, this.#page.startedMs);
    if (page === undefined) return;
    if (this.#page.pageref !== undefined) this.#leftPages.add(this.#page.pageref);
    for (const slot of this.#slotOf.values()) {
      if (slot.pageref !== undefined && slot.pageref !== page.pageref) this.#leftPages.add(slot.pageref);
    }
    this.#page = page;
    this.#cancelCutOff();
    if (this.#preserveLog()) return;
    this.#ignoreBeforeMs = Math.max(this.#ignoreBeforeMs, page.startedMs);
    for (const pageref of this.#leftPages) this.#clearedPages.add(pageref);
    // The new page's requests keep their rows, ids and bodies; the store is rebuilt from them alone.
    for (const slot of [...this.#slotOf.values()]) if (this.#beforeThisPage(slot)) this.#forget(slot);
    const kept = this.#store.records().filter((record) => this.#slotOf.has(record.id));
    this.#store.clear();
    for (const record of kept) this.#store.add(record);
    this.#change.reset = true;
  }

  /**
   * Whether a request belongs to a page before the newest: it started before that page's first document
   * request, or it carries the id of a page left since (the old page keeps sending until the new one commits).
   * The new page's own redirects may carry the old id, so documents after its start are never old.
   */
  #beforeThisPage(facts: PageFacts): boolean {
    if (facts.startedMs < this.#page.startedMs) return true;
    if (facts.document || facts.pageref === undefined) return false;
    return facts.pageref !== this.#page.pageref && this.#leftPages.has(facts.pageref);
  }

  /** Cleared (Clear, the cap, or a navigation without Preserve log): DevTools may still list it; we do not. */
  #ignored(facts: PageFacts): boolean {
    if (facts.startedMs < this.#ignoreBeforeMs || this.#pauses.covers(facts.startedMs)) return true;
    return !facts.document && facts.pageref !== undefined && this.#clearedPages.has(facts.pageref);
  }

  /** Requests still pending when a new page began were cut off by the navigation: the browser canceled them. */
  #cancelCutOff(): void {
    for (const slot of [...this.#pendingSlots]) {
      if (!this.#beforeThisPage(slot)) continue;
      slot.outcome = CUT_OFF;
      this.#snapshotOnly.delete(slot);
      this.#track(slot);
      const record = this.#store.get(slot.id);
      if (record) this.#replace(slot.id, canceledCopy(record));
    }
  }

  #forgetAll(): void {
    this.#store.clear();
    this.#slots.clear();
    this.#slotOf.clear();
    this.#pendingSlots.clear();
    this.#snapshotOnly.clear();
    this.#undated.clear();
    this.#contents.clear();
  }

  /** The store dropped its oldest past the cap: forget it, and what started before it, for good. */
  #dropped(record: RequestRecord): void {
    const slot = this.#slotOf.get(record.id);
    if (slot) {
      this.#forget(slot);
      if (slot.startedMs > this.#ignoreBeforeMs) this.#ignoreBeforeMs = slot.startedMs;
    }
    this.#change.removed.push(record);
  }

  /** Forgets one request everywhere but the store, which the caller updates. */
  #forget(slot: Slot): void {
    this.#slots.forget(slot);
    this.#slotOf.delete(slot.id);
    this.#pendingSlots.delete(slot);
    this.#snapshotOnly.delete(slot);
    this.#undated.delete(slot);
    this.#contents.delete(slot.id);
  }

  #keepContent(id: string, content: ContentGetter): void {
    this.#contents.delete(id);
    this.#contents.set(id, content);
    if (this.#contents.size > BODY_GETTERS_KEPT) {
      const oldest = this.#contents.keys().next().value;
      if (oldest !== undefined) this.#contents.delete(oldest);
    }
  }

  #problem(entry: unknown): void {
    const result = normalizeEntry(entry, this.#sequence);
    if (!result.ok) this.#change.problems.push(result.problem);
  }

  #emit(always = false): void {
    const change = this.#change;
    if (isEmptyChange(change) && !always) return;
    this.#change = newChange();
    for (const listener of this.#listeners) {
      // A failing panel must not stop the capture, nor the other listeners.
      try {
        listener(change);
      } catch {}
    }
  }
}
