import { render } from "preact";
import { detectDevtoolsActions } from "../devtools/devtools-actions";
import { devtoolsHarExport } from "../devtools/har-export";
import { awaitFeed, type PanelWindow } from "../devtools/panel-handshake";
import { readPreserveLog, writePreserveLog } from "../devtools/preserve-log-setting";
import { followDevtoolsTheme } from "../devtools/theme";
import { PanelApp } from "./components/panel-app";
import { workerImport } from "./import/worker-import";
import { loadSideParts } from "./side-parts-loader";
import { throttledRefresh } from "./state/live-refresh";
import { createPanelStore } from "./state/panel-store";
import { StoreContext } from "./state/store-context";

followDevtoolsTheme((theme) => {
  document.documentElement.dataset.theme = theme;
});
// The capture reads Preserve log from the same storage at each navigation: the panel only writes it.
const store = createPanelStore({
  preserveLog: readPreserveLog(localStorage),
  onPreserveLogChange: (value) => writePreserveLog(localStorage, value),
  layoutStorage: localStorage,
  // Extension panel pages get the chrome.devtools API too; the panel offers only what this browser has.
  devtoolsActions: detectDevtoolsActions(globalThis.chrome?.devtools?.panels),
  // getHAR at export time (records are lean) and a download from the panel page.
  harExport: devtoolsHarExport(document),
  harImport: workerImport,
  // A busy page delivers hundreds of requests a second: the list shows them twice a second, not per request.
  liveRefresh: throttledRefresh(setTimeout, () => performance.now()),
});
awaitFeed(window as PanelWindow, (feed) => {
  const detach = store.attachFeed(feed);
  addEventListener("pagehide", detach);
});

render(
  <StoreContext.Provider value={store}>
    <PanelApp />
  </StoreContext.Provider>,
  document.getElementById("app") as HTMLElement,
);
// Right after the first paint, so a click finds the card ready.
setTimeout(() => void loadSideParts(), 0);
