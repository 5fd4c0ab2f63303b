/** What the filter box, its syntax help and its error say. The keys' own lines come from core's FILTER_KEYS. */
export const FILTER = {
  label: "Filter requests",
  placeholder: "Filter  (status:4xx  method:POST  is:cors  -domain:*.cdn.com)",
  syntax: "Filter syntax",
  /** The help's first line, around the `-` shown as code. */
  helpBeforeMinus: "Terms are AND-ed; ",
  helpAfterMinus: " before a term negates it; other words match the URL.",
  error: (column: number, message: string) => `Column ${column}: ${message}`,
  useSuggestion: (suggestion: string) => `Use “${suggestion}”`,
} as const;
