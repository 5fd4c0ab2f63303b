import { occurrenceIdOf } from "../har";
import type { EntryFacts } from "./entry-facts";

/**
 * One request as the capture knows it: the facts of its latest copy, its derived identity, and whether it has
 * finished. DevTools gives extensions no request id, so identity is derived: the key (start to the millisecond,
 * method, URL) plus an occurrence number among requests sharing that key.
 */
export interface Slot extends Omit<EntryFacts, "key"> {
  id: string;
  key: string;
  /** onRequestFinished delivered it: its copy is final, and it carries a body getter. */
  finished: boolean;
}

/**
 * The outcome of a request the capture marked canceled because a navigation left it pending. A guess from
 * silence: it may have been answered just before (its headers unseen), so an answered copy still replaces it.
 */
export const CUT_OFF = "cut-off";

const awaitsAnswer = (slot: Slot) => slot.outcome === "pending" || slot.outcome === CUT_OFF;

/**
 * The requests known per key, and the rules that say which known request a new copy is. Copies sharing a key are
 * interchangeable except for what they say, so a copy goes to the request whose outcome it repeats, else to one
 * still pending (it has been answered since), else it is a request of its own.
 */
export class RequestSlots {
  #byKey = new Map<string, Slot[]>();
  /** Highest occurrence number issued per key, so an id is never reused while its key has requests. */
  #issued = new Map<string, number>();

  /**
   * Which known request each of a snapshot's entries sharing `key` is (undefined: a request not seen before).
   * Matched in passes, so the order of the entries never matters: first copies that repeat a request's outcome,
   * then answered copies to requests still pending here (or guessed cut off), then stale pending copies to
   * requests answered since.
   */
  forSnapshotGroup(key: string, outcomes: readonly string[]): (Slot | undefined)[] {
    const free = new Set(this.#byKey.get(key));
    const matched: (Slot | undefined)[] = outcomes.map(() => undefined);
    const pass = (fits: (outcome: string, slot: Slot) => boolean) => {
      outcomes.forEach((outcome, i) => {
        if (matched[i]) return;
        for (const slot of free) {
          if (!fits(outcome, slot)) continue;
          matched[i] = slot;
          free.delete(slot);
          return;
        }
      });
    };
    pass((outcome, slot) => slot.outcome === outcome);
    pass((outcome, slot) => outcome !== "pending" && awaitsAnswer(slot));
    pass((outcome) => outcome === "pending");
    return matched;
  }

  /** Which request an onRequestFinished copy is: one not finished yet, since each request finishes once. */
  forFinishedEntry(key: string, outcome: string): Slot | undefined {
    const open = this.#byKey.get(key)?.filter((slot) => !slot.finished);
    return open?.find((slot) => slot.outcome === outcome) ?? open?.find(awaitsAnswer);
  }

  create(key: string, facts: Omit<Slot, "id" | "key">): Slot {
    const occurrence = (this.#issued.get(key) ?? 0) + 1;
    this.#issued.set(key, occurrence);
    const slot: Slot = { ...facts, id: occurrenceIdOf(key, occurrence), key };
    const slots = this.#byKey.get(key);
    if (slots) slots.push(slot);
    else this.#byKey.set(key, [slot]);
    return slot;
  }

  /** Files a request under another key, keeping its id: DevTools gave it a real start time. */
  rekey(slot: Slot, key: string): void {
    const slots = this.#byKey.get(slot.key);
    slots?.splice(slots.indexOf(slot), 1);
    if (slots?.length === 0) this.#byKey.delete(slot.key);
    slot.key = key;
    const others = this.#byKey.get(key);
    if (others) others.push(slot);
    else this.#byKey.set(key, [slot]);
  }

  forget(slot: Slot): void {
    const slots = this.#byKey.get(slot.key);
    const at = slots?.indexOf(slot) ?? -1;
    if (!slots || at < 0) return;
    slots.splice(at, 1);
    if (slots.length > 0) return;
    this.#byKey.delete(slot.key);
    this.#issued.delete(slot.key);
  }

  clear(): void {
    this.#byKey.clear();
    this.#issued.clear();
  }
}
