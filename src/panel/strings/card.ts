/** What the explanation card says. */
export const CARD = {
  preflightOfRequest: "Its CORS preflight",
  requestOfPreflight: "The request this preflight was for",
  requestNotInLog: "Not in this log: it was never sent, or the log was cleared since.",
  preflightRefused:
    "The browser refused the preflight's answer, so it never sent the request (the reasons are above).",
  preflightAllowed: "The browser accepted the preflight's answer and sent the request.",
} as const satisfies Record<string, string | ((...args: never[]) => string)>;
