import { useStore } from "../state/store-context";
import { UI } from "../strings";

/** A file being imported: how far the reading is, and Cancel. The view shown meanwhile stays usable. */
export function ImportProgress() {
  const store = useStore();
  const importing = store.importing.value;
  if (!importing) return null;
  const percent = Math.floor(importing.fraction * 100);
  return (
    <div class="import-progress" role="status">
      <span>{UI.views.importing(importing.name, percent)}</span>
      <progress max={100} value={percent} aria-label={UI.views.importProgress} />
      <button
        type="button"
        class="link-button"
        title={UI.views.cancelImportTitle}
        onClick={() => store.cancelImport()}
      >
        {UI.views.cancelImport}
      </button>
    </div>
  );
}
