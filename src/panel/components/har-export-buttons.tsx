import { useStore } from "../state/store-context";
import { UI } from "../strings";

/** Export HAR: the rows listed now, or every request of the view; what it did is said beside the buttons. */
export function HarExportButtons() {
  const store = useStore();
  if (!store.canExport) return null;
  const texts = UI.exportAndLookup;
  const busy = store.exporting.value;
  const status = store.exportStatus.value;
  return (
    <fieldset class="export-group" aria-label={texts.exportGroup}>
      <button
        type="button"
        class="tool-button"
        title={texts.exportListedTitle(store.exportCount("listed"))}
        disabled={busy}
        onClick={() => store.exportHar("listed")}
      >
        {texts.exportListed}
      </button>
      <button
        type="button"
        class="tool-button"
        title={texts.exportAllTitle(store.exportCount("all"))}
        disabled={busy}
        onClick={() => store.exportHar("all")}
      >
        {texts.exportAll}
      </button>
      <span class="export-status" role="status" title={status ?? undefined}>
        {status}
      </span>
    </fieldset>
  );
}
