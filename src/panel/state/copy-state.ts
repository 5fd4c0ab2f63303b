import { signal } from "@preact/signals";

/** What the panel copies: one exchange as Markdown or cURL, or the failing requests in view as Markdown. */
export const COPY_KINDS = ["markdown", "curl", "failures"] as const;
export type CopyKind = (typeof COPY_KINDS)[number];

/** The last copy's outcome, shown until the next one or until dismissed. */
export type CopyOutcome =
  | { ok: true; kind: CopyKind; revealed: boolean; failing: number; at: number }
  /** The browser refused: the text is kept so the user can copy it by hand. */
  | { ok: false; kind: CopyKind; text: string; at: number };

export function createCopyState(now: () => number) {
  const copyOutcome = signal<CopyOutcome | null>(null);
  return {
    copyOutcome,
    reportCopy(
      outcome:
        | { ok: true; kind: CopyKind; revealed: boolean; failing: number }
        | { ok: false; kind: CopyKind; text: string },
    ): void {
      copyOutcome.value = { ...outcome, at: now() };
    },
    dismissCopy(): void {
      copyOutcome.value = null;
    },
  };
}
