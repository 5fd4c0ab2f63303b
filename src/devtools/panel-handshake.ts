import type { NetworkHub } from "./network-hub";

/**
 * How the devtools page and the panel page find each other: the devtools page gets the panel's window from
 * onShown and leaves the hub there; the panel takes it at start-up or, if it started first, when told.
 */
export interface PanelWindow {
  statusLensHub?: NetworkHub;
  statusLensAttach?: () => void;
}

export function offerHub(panelWindow: PanelWindow, hub: NetworkHub): void {
  if (panelWindow.statusLensHub) return;
  panelWindow.statusLensHub = hub;
  panelWindow.statusLensAttach?.();
}

/** Calls `attach` once, as soon as the devtools page has offered its hub. */
export function awaitHub(panelWindow: PanelWindow, attach: (hub: NetworkHub) => void): void {
  let attached = false;
  const tryAttach = () => {
    if (attached || !panelWindow.statusLensHub) return;
    attached = true;
    attach(panelWindow.statusLensHub);
  };
  panelWindow.statusLensAttach = tryAttach;
  tryAttach();
}
