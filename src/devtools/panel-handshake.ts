import type { LiveFeed } from "../core/capture";

/**
 * How the devtools page and the panel page find each other: the devtools page gets the panel's window from
 * onShown and leaves the live feed there; the panel takes it at start-up or, if it started first, when told.
 */
export interface PanelWindow {
  statusLensFeed?: LiveFeed;
  statusLensAttach?: () => void;
}

export function offerFeed(panelWindow: PanelWindow, feed: LiveFeed): void {
  if (panelWindow.statusLensFeed) return;
  panelWindow.statusLensFeed = feed;
  panelWindow.statusLensAttach?.();
}

/** Calls `attach` once, as soon as the devtools page has offered its feed. */
export function awaitFeed(panelWindow: PanelWindow, attach: (feed: LiveFeed) => void): void {
  let attached = false;
  const tryAttach = () => {
    if (attached || !panelWindow.statusLensFeed) return;
    attached = true;
    attach(panelWindow.statusLensFeed);
  };
  panelWindow.statusLensAttach = tryAttach;
  tryAttach();
}
