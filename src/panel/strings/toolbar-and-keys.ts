/** What the toolbar, the keys, the row menu and the card's DevTools actions say: one place, ready for translation. */
export const TOOLBAR_AND_KEYS = {
  panel: "Status Lens",
  clear: "Clear",
  clearLiveTitle: "Clear the live capture (Ctrl+L)",
  clearFileTitle: (fileName: string) =>
    `Close ${fileName} and show the live capture, which it leaves alone (Ctrl+L)`,
  preserveLog: "Preserve log",
  showSecrets: "Show secrets",
  showSecretsTitle:
    "Show credentials (Authorization, cookies, API keys, token parameters, password fields) as they are, on screen and in copies and exports, for this session only. Off: they read [redacted].",
  importHar: "Import HAR…",
  importTitle: "Open a HAR file in its own view, beside the live capture",
  pauseRecording: "Pause recording",
  resumeRecording: "Resume recording",
  pauseTitle: "Stop listing new requests; what happens while paused is never added (as in the Network panel)",
  resumeTitle: "List new requests again, from now on",
  pausedNotice: "Recording paused: new requests are not listed. Resume to list them from now on.",
  rowMenu: "Request actions",
  revealInNetwork: "Reveal in Network panel",
  openInitiator: "Open initiator in Sources",
  devtoolsActions: "DevTools actions",
} as const;
