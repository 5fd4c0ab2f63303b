import browser from "webextension-polyfill";
import { createNetworkHub } from "./network-hub";
import { connectNetwork } from "./network-source";
import { offerHub, type PanelWindow } from "./panel-handshake";
import { readPreserveLog } from "./preserve-log-setting";

// The devtools page lives as long as DevTools is open: it collects the traffic and adds the panel.
const lifetime = new AbortController();
addEventListener("pagehide", () => lifetime.abort());
const hub = createNetworkHub(
  (listener) => connectNetwork(listener, lifetime.signal),
  () => readPreserveLog(localStorage),
);
const panel = await browser.devtools.panels.create(
  "Status",
  "/icons/status-lens-32.png",
  "/src/panel/panel.html",
);
panel.onShown.addListener((panelWindow) => offerHub(panelWindow as PanelWindow, hub));
