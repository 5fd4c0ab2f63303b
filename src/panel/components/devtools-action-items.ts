import type { RequestRecord } from "../../core/model";
import type { PanelDevtoolsActions } from "../state/devtools-actions";
import { UI } from "../strings";

export interface ActionItem {
  label: string;
  run: () => void;
}

/**
 * What DevTools can do with a request, for the row menu and the card alike: only actions the browser supports,
 * and Sources only for a request that says which script or document started it.
 */
export function devtoolsActionItems(record: RequestRecord, actions: PanelDevtoolsActions): ActionItem[] {
  const items: ActionItem[] = [];
  const { revealInNetwork, openInSources } = actions;
  // The Network panel's filter matches the text against each URL.
  if (revealInNetwork)
    items.push({ label: UI.toolbar.revealInNetwork, run: () => revealInNetwork(record.url) });
  const { initiator, initiatorLine = 0 } = record;
  if (openInSources && initiator) {
    items.push({ label: UI.toolbar.openInitiator, run: () => openInSources(initiator, initiatorLine) });
  }
  return items;
}
