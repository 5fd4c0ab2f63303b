import { batch, signal } from "@preact/signals";

/** The request whose card is open, and a related code's reference card opened from it. */
export function createSelectionState() {
  const selectedId = signal<string | null>(null);
  const referenceCode = signal<number | null>(null);
  return {
    selectedId,
    referenceCode,
    select(id: string | null): void {
      batch(() => {
        selectedId.value = id;
        referenceCode.value = null;
      });
    },
    showReference(code: number | null): void {
      referenceCode.value = code;
    },
  };
}
