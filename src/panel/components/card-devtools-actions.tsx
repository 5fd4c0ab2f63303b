import type { RequestRecord } from "../../core/model";
import { useStore } from "../state/store-context";
import { UI } from "../strings";
import { devtoolsActionItems } from "./devtools-action-items";

/** The card's DevTools buttons (the row menu's items): none where the browser supports none. */
export function CardDevtoolsActions({ record }: { record: RequestRecord }) {
  const store = useStore();
  const items = devtoolsActionItems(record, store.devtoolsActions);
  if (items.length === 0) return null;
  return (
    <fieldset class="card-actions" aria-label={UI.toolbar.devtoolsActions}>
      {items.map((item) => (
        <button key={item.label} type="button" class="tool-button card-action" onClick={item.run}>
          {item.label}
        </button>
      ))}
    </fieldset>
  );
}
