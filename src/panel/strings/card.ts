/** What the explanation card says: one place, ready for translation. */
export const CARD = {
  region: (title: string) => `Explanation: ${title}`,
  close: "Close explanation",
  standing: {
    unofficial: (sender: string | undefined) => (sender ? `Unofficial: sent by ${sender}` : "Unofficial"),
    fallback: "Not a registered code",
  },
  reasonPhrase: "The server's reason phrase:",
  sections: {
    findings: "What this response says",
    check: "Check",
    causes: "Common causes",
    headers: "Headers that matter",
    related: "Related",
    readMore: "Read more",
  },
  headerAbsent: "not present",
  /** Beside a header's value in the card: which side of the exchange carried it. */
  headerReceived: "received",
  headerSent: "sent",
  openRelated: (code: number) => `Open the card for ${code}`,
  backTo: (title: string) => `Back to ${title}`,
  chainTitle: (redirects: number) =>
    `Redirect chain (${redirects} ${redirects === 1 ? "redirect" : "redirects"})`,
  failedHop: "failed",
  preflightOfRequest: "Its CORS preflight",
  requestOfPreflight: "The request this preflight was for",
  requestNotInLog: "Not in this log: it was never sent, or the log was cleared since.",
  preflightRefused:
    "The browser refused the preflight's answer, so it never sent the request (the reasons are above).",
  preflightAllowed: "The browser accepted the preflight's answer and sent the request.",
  cors: {
    heading: "Why CORS blocked it",
    certainty: {
      certain: "read from the headers",
      likely: "likely: the only rule left",
      guess: "a guess: the log lacks what decides it",
    },
    /** Which message carried a value the reason was read from. */
    from: {
      request: "request",
      response: "response",
      "preflight request": "preflight",
      "preflight response": "preflight answer",
    },
    chromiumNames: (names: string) => `Chromium calls it ${names}`,
  },
} as const;
