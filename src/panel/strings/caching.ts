/** The card's Caching section: its frame only; what it says about the response comes from core. */
export const CACHING = {
  title: "Caching",
  reasons: (count: number) => `Why (${count} ${count === 1 ? "reason" : "reasons"})`,
  /** Before the header values a reason was read from. */
  from: "From",
  /** Before what to send instead. */
  change: "To change:",
} as const;
