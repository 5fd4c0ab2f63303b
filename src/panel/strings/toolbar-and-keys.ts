/** What the toolbar, the keys, the row menu and the card's DevTools actions say: one place, ready for translation. */
export const TOOLBAR_AND_KEYS = {
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
