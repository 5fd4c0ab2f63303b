import { render } from "preact";
import { connectNetwork } from "../devtools/network-source";
import { devtoolsTheme } from "../devtools/theme";
import { PanelApp } from "./components/panel-app";
import { createPanelStore } from "./state/panel-store";
import { StoreContext } from "./state/store-context";

const PRESERVE_KEY = "status-lens.preserve-log";

document.documentElement.dataset.theme = devtoolsTheme();
const store = createPanelStore({
  preserveLog: localStorage.getItem(PRESERVE_KEY) === "true",
  onPreserveLogChange: (value) => localStorage.setItem(PRESERVE_KEY, String(value)),
});
const lifetime = new AbortController();
addEventListener("pagehide", () => lifetime.abort());
connectNetwork(
  {
    onEntries: (entries) => store.addEntries(entries),
    onEntry: (entry, content) => store.addEntry(entry, content),
    onNavigated: (url) => store.navigated(url),
  },
  lifetime.signal,
);

render(
  <StoreContext.Provider value={store}>
    <PanelApp />
  </StoreContext.Provider>,
  document.getElementById("app") as HTMLElement,
);
