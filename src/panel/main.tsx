import { render } from "preact";
import { awaitHub, type PanelWindow } from "../devtools/panel-handshake";
import { readPreserveLog, writePreserveLog } from "../devtools/preserve-log-setting";
import { followDevtoolsTheme } from "../devtools/theme";
import { PanelApp } from "./components/panel-app";
import { createPanelStore } from "./state/panel-store";
import { StoreContext } from "./state/store-context";

followDevtoolsTheme((theme) => {
  document.documentElement.dataset.theme = theme;
});
const store = createPanelStore({
  preserveLog: readPreserveLog(localStorage),
  onPreserveLogChange: (value) => writePreserveLog(localStorage, value),
});
awaitHub(window as PanelWindow, (hub) => {
  const unsubscribe = hub.subscribe({
    onEntries: (entries) => store.addEntries(entries),
    onEntry: (entry, content) => store.addEntry(entry, content),
    onNavigated: (url) => store.navigated(url),
  });
  addEventListener("pagehide", unsubscribe);
});

render(
  <StoreContext.Provider value={store}>
    <PanelApp />
  </StoreContext.Provider>,
  document.getElementById("app") as HTMLElement,
);
