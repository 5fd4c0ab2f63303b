import { useEffect } from "preact/hooks";
import { useStore } from "../state/store-context";
import { ExplanationCard } from "./explanation-card";
import { ProblemBanner } from "./problem-banner";
import { RequestList } from "./request-list";
import { SummaryBar } from "./summary-bar";
import { Toolbar } from "./toolbar";
import { ViewBanner } from "./view-banner";
import { ViewTabs } from "./view-tabs";

/** Ctrl/Cmd+F focuses the filter and Ctrl/Cmd+L clears (or closes the file shown), as in the Network panel. */
function useGlobalKeys() {
  const store = useStore();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey)) return;
      if (event.key === "f") {
        event.preventDefault();
        document.getElementById("filter-input")?.focus();
      } else if (event.key === "l") {
        event.preventDefault();
        store.clear();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [store]);
}

export function PanelApp() {
  const store = useStore();
  useGlobalKeys();
  const selected = store.selected.value;
  const view = store.view.value;
  return (
    <div class="panel">
      <Toolbar />
      <ViewTabs />
      <div id="view-panel" class="view-panel" role="tabpanel" aria-labelledby={`view-tab-${view.kind}`}>
        <SummaryBar />
        <ViewBanner />
        <ProblemBanner />
        <div class={`panel-body${selected ? " with-card" : ""}`}>
          {/* Each view gets its own grid, scrolled to its own top. */}
          <RequestList key={`${view.kind} ${view.name}`} />
          {selected && <ExplanationCard record={selected} />}
        </div>
      </div>
    </div>
  );
}
