import { type DevtoolsRequest, devtoolsNetworkLog } from "../../../scripts/browser/status-panel.js";
import type { TargetSession } from "../../../scripts/browser/target-session.js";
import type { PanelPage, RowView } from "./panel-page";
import { devtoolsKey, type MultisetDiff, multisetDiff, panelKey } from "./request-keys";

export interface Comparison {
  rows: RowView[];
  log: DevtoolsRequest[];
  diff: MultisetDiff;
}

export const isSame = ({ diff }: Comparison) => diff.missing.length === 0 && diff.extra.length === 0;

/**
 * Polls until the panel's rows equal DevTools' own network log as (method, URL, status) multisets, or the time is up;
 * returns the last comparison either way, so the test asserts on it and a failure shows what differs.
 * `accept` loosens the condition (e.g. the panel may hold more than DevTools when only its Preserve log is on).
 * The full list is read only once the summary counts as many rows as DevTools, since reading 20,000 rows takes seconds.
 */
export async function waitForSameRequests(
  panel: PanelPage,
  devtools: TargetSession,
  timeoutMs: number,
  accept: (comparison: Comparison) => boolean = isSame,
): Promise<Comparison> {
  const deadline = Date.now() + timeoutMs;
  let last: Comparison | undefined;
  for (;;) {
    const started = Date.now();
    const log = await devtoolsNetworkLog(devtools);
    const { total } = await panel.summaryTotals();
    const outOfTime = Date.now() > deadline;
    if (total >= log.length || outOfTime) {
      const rows = await panel.allRows();
      last = { rows, log, diff: multisetDiff(log.map(devtoolsKey), rows.map(panelKey)) };
      if (accept(last) || outOfTime) return last;
    }
    // Poll gently: reading a large log costs DevTools time that the capture also needs.
    const spent = Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, Math.max(250, 2 * spent)));
  }
}
