/**
 * When live recording was paused, as the Network panel's record button pauses it: a request that started while
 * paused is never listed, not even after Resume (no back-fill), while requests listed before keep their answers.
 */
export class RecordingPauses {
  #pausedSince: number | undefined;
  /** Closed pauses, [from, to) in ms since the epoch. */
  #spans: { from: number; to: number }[] = [];

  get recording(): boolean {
    return this.#pausedSince === undefined;
  }

  /** Pauses at `now`, or resumes at `now`; the same state again changes nothing. */
  set(recording: boolean, now: number): boolean {
    if (recording === this.recording) return false;
    if (this.#pausedSince === undefined) {
      this.#pausedSince = now;
    } else {
      this.#spans.push({ from: this.#pausedSince, to: now });
      this.#pausedSince = undefined;
    }
    return true;
  }

  /** Whether a request that started at `startedMs` started while recording was paused. */
  covers(startedMs: number): boolean {
    if (this.#pausedSince !== undefined && startedMs >= this.#pausedSince) return true;
    return this.#spans.some((span) => startedMs >= span.from && startedMs < span.to);
  }

  /** Drops pauses that ended before `ms`: whatever started then is ignored anyway (cleared or dropped). */
  forgetBefore(ms: number): void {
    this.#spans = this.#spans.filter((span) => span.to > ms);
  }
}
