/** What the summary bar says beside its chips (the chips' own titles are in list.ts). */
export const SUMMARY = {
  label: "Status classes",
  shown: (shown: number, total: number) => `${shown} / ${total} requests`,
  pending: (pending: number) => `, ${pending} pending`,
} as const;
