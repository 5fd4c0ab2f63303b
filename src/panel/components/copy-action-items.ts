import type { RequestRecord } from "../../core/model";
import { copyText } from "../clipboard";
import { COPY_KINDS } from "../state/copy-state";
import type { PanelStore } from "../state/panel-store";
import { shareTextOf } from "../state/share-texts";
import { UI } from "../strings";
import type { ActionItem } from "./devtools-action-items";

/**
 * The copies offered for a request, on the card and in the row menu: each builds its text and copies it at once,
 * within the click that asked, then reports the outcome for the panel to show.
 */
export function copyActionItems(
  store: PanelStore,
  record: RequestRecord,
  responseBody?: string,
): ActionItem[] {
  return COPY_KINDS.map((kind) => ({
    label: UI.share.copy[kind],
    run: () => {
      const { text, revealed, failing } = shareTextOf(store, kind, record, responseBody);
      if (copyText(text)) store.reportCopy({ ok: true, kind, revealed, failing });
      else store.reportCopy({ ok: false, kind, text });
    },
  }));
}
