import { sideParts } from "../side-parts-loader";
import { useStore } from "../state/store-context";
import { UI } from "../strings";
import { CopyStatus } from "./copy-status";
import { DropZone } from "./drop-zone";
import { ImportProgress } from "./import-progress";
import { ProblemBanner } from "./problem-banner";
import { RowFocusBanner } from "./problem-groups";
import { RequestList } from "./request-list";
import { SessionSummary } from "./session-summary";
import { SummaryBar } from "./summary-bar";
import { Toolbar } from "./toolbar";
import { usePanelKeys } from "./use-panel-keys";
import { ViewBanner } from "./view-banner";
import { ViewTabs } from "./view-tabs";

export function PanelApp() {
  const store = useStore();
  usePanelKeys();
  const selected = store.selected.value;
  const view = store.view.value;
  // The card, details, lookup and row menu arrive just after the first paint (side-parts.ts); the list needs none.
  const parts = sideParts();
  // With no request selected, the card area is the reference lookup's while it has a query.
  const lookingUp = !selected && store.lookupQuery.value.trim() !== "";
  return (
    // The panel is its own page inside DevTools: one main landmark and one heading name it for screen readers.
    <main class="panel">
      <h1 class="visually-hidden">{UI.toolbar.panel}</h1>
      <Toolbar />
      <ViewTabs />
      <div id="view-panel" class="view-panel" role="tabpanel" aria-labelledby={`view-tab-${view.kind}`}>
        <SummaryBar />
        <ViewBanner />
        <ImportProgress />
        <ProblemBanner />
        <SessionSummary />
        <RowFocusBanner />
        <div class={`panel-body${selected || lookingUp ? " with-card" : ""}`}>
          {/* Each view gets its own grid, scrolled to its own top. */}
          <RequestList key={`${view.kind} ${view.name}`} />
          {selected && parts && (
            <div class="side-pane">
              <parts.ExplanationCard record={selected} />
              <parts.RequestDetails record={selected} />
            </div>
          )}
          {lookingUp && parts && <parts.ReferenceLookup />}
        </div>
      </div>
      {parts && <parts.RowContextMenu />}
      <DropZone />
      <CopyStatus />
    </main>
  );
}
