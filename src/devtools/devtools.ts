import browser from "webextension-polyfill";
import { LiveCapture } from "../core/capture";
import { lacksStatusLine } from "./har-entries";
import { getHarEntries, listenToNetwork } from "./network-source";
import { offerFeed, type PanelWindow } from "./panel-handshake";
import { PANEL_PATHS } from "./panel-paths";
import { readPreserveLog } from "./preserve-log-setting";
import { startSnapshotLoop } from "./snapshot-loop";

// The devtools page lives as long as DevTools is open: it keeps the live capture, and the panel reads it.
const lifetime = new AbortController();
addEventListener("pagehide", () => lifetime.abort());
const capture = new LiveCapture({ preserveLog: () => readPreserveLog(localStorage) });
const loop = startSnapshotLoop({
  capture,
  getHar: getHarEntries,
  now: Date.now,
  signal: lifetime.signal,
});
listenToNetwork(
  {
    finished: (entry, content) => {
      // A finished request needs no snapshot: the loop follows capture.snapshotsNeeded instead.
      if (!lacksStatusLine(entry)) capture.addFinished(entry, content);
    },
    navigated: (url) => {
      capture.navigated(url);
      loop.busy();
    },
  },
  lifetime.signal,
);
const panel = await browser.devtools.panels.create("Status", PANEL_PATHS.icon, PANEL_PATHS.page);
panel.onShown.addListener((panelWindow) => {
  offerFeed(panelWindow as PanelWindow, capture);
  loop.setVisible(true);
});
panel.onHidden.addListener(() => loop.setVisible(false));
