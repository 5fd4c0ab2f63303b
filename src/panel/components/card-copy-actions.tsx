import type { RequestRecord } from "../../core/model";
import { useStore } from "../state/store-context";
import { UI } from "../strings";
import { copyActionItems } from "./copy-action-items";

/** The card's copy buttons: the exchange as the card shows it (with its fetched body), as cURL, the failures in view. */
export function CardCopyActions({
  record,
  responseBody,
}: {
  record: RequestRecord;
  responseBody?: string | undefined;
}) {
  const store = useStore();
  return (
    <fieldset class="card-actions" aria-label={UI.share.copy.group}>
      {copyActionItems(store, record, responseBody).map((item) => (
        <button key={item.label} type="button" class="tool-button card-action" onClick={item.run}>
          {item.label}
        </button>
      ))}
    </fieldset>
  );
}
