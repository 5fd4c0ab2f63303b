import type { PanelView } from "../state/panel-view";
import { useStore } from "../state/store-context";
import { UI } from "../strings";

/** Live and, once imported, the file beside it; arrow keys move between them as in any tab list. */
export function ViewTabs() {
  const store = useStore();
  const file = store.file.value;
  const shown = store.view.value.kind;
  const tabs: readonly Pick<PanelView, "kind" | "name">[] = file ? [store.live, file] : [store.live];
  const onKeyDown = (event: KeyboardEvent) => {
    if (!file || (event.key !== "ArrowLeft" && event.key !== "ArrowRight")) return;
    event.preventDefault();
    const next = shown === "live" ? "file" : "live";
    store.show(next);
    document.getElementById(`view-tab-${next}`)?.focus();
  };
  return (
    <div class="view-tabs">
      <div role="tablist" aria-label={UI.views.tabs} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.kind}
            id={`view-tab-${tab.kind}`}
            type="button"
            role="tab"
            class="view-tab"
            aria-selected={tab.kind === shown}
            aria-controls="view-panel"
            tabIndex={tab.kind === shown ? 0 : -1}
            title={tab.kind === "live" ? UI.views.liveTitle : UI.views.fileTitle(tab.name)}
            onClick={() => store.show(tab.kind)}
          >
            {tab.name}
          </button>
        ))}
      </div>
      {file && (
        <button
          type="button"
          class="tool-button view-close"
          aria-label={UI.views.closeFile(file.name)}
          title={UI.views.closeFileTitle(file.name)}
          onClick={() => store.closeFile()}
        >
          ×
        </button>
      )}
    </div>
  );
}
