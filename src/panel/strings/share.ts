/** Copying an exchange out of the panel, and the session summary with its problems. */
export const SHARE = {
  copy: {
    group: "Copy",
    markdown: "Copy as Markdown",
    curl: "Copy as cURL",
    failures: "Copy failing requests as Markdown",
  },
  copied: {
    markdown: "Copied the exchange as Markdown",
    curl: "Copied the request as cURL",
    failures: (count: number) =>
      `Copied a Markdown summary of ${count} failing ${count === 1 ? "request" : "requests"}`,
  },
  redactedNote: " (secrets redacted)",
  revealedNote: " (secrets included)",
  copyFailed:
    "The browser did not copy the text. It is selected below: press Ctrl+C (⌘C on a Mac) to copy it.",
  copyFailedText: "Text to copy",
  closeCopyFailed: "Close",
  summary: {
    toggle: "Summary",
    region: "Session summary",
    requests: (total: number) => `${total} ${total === 1 ? "request" : "requests"}`,
    failureKinds: "Failed by kind",
    topFailing: "Top failing endpoints",
    noFailing: "No request failed.",
    /** The host follows in a dimmer span, so a narrow dock cuts it before the path. */
    endpoint: (count: number, code: string, method: string, pattern: string) =>
      `${count}× ${code} ${method} ${pattern}`,
    failedCode: (kind: string) => `(failed: ${kind})`,
    endpointTitle: (query: string) => `Show these requests: ${query}`,
    problems: "Problems",
    noProblems: "No shared cause found among the failing requests.",
    severity: { error: "Error", warning: "Warning" },
    problemCount: (count: number) => `×${count}`,
    problemTitle: (count: number) =>
      `Show the ${count} ${count === 1 ? "request" : "requests"} behind this problem`,
  },
  focus: {
    shown: (count: number) =>
      `Showing the ${count} ${count === 1 ? "request" : "requests"} behind one problem:`,
    showAll: "Show all requests",
  },
} as const;
