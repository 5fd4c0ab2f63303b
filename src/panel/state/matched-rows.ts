import { computed, type ReadonlySignal } from "@preact/signals";
import type { CaptureChange } from "../../core/capture";
import type { RequestRecord } from "../../core/model";
import { type RowOrder, type RowPredicate, VisibleRows } from "../../core/requests";
import type { RowsView } from "./panel-view";

/**
 * A view's matching rows: built from every record when first read and when the predicate or the sort order
 * changes, then kept up to date one CaptureChange at a time. A view nobody reads (hidden, or before the first
 * render) is not built.
 */
export function createMatchedRows(
  records: () => readonly RequestRecord[],
  match: ReadonlySignal<RowPredicate>,
  order: ReadonlySignal<RowOrder | null>,
  version: ReadonlySignal<number>,
) {
  const rows = new VisibleRows();
  /** The predicate the rows hold; undefined when they must be built again at the next read. */
  let built: RowPredicate | undefined;
  let versions = 0;
  const view = computed((): RowsView => {
    const predicate = match.value;
    const sorted = order.value;
    version.value;
    if (predicate !== built || sorted !== rows.order) {
      rows.rebuild(records(), predicate, sorted);
      built = predicate;
    }
    return { rows, version: ++versions };
  });
  return {
    view,
    /** Call before bumping `version`. */
    apply(change: CaptureChange): void {
      if (built === undefined) return;
      if (change.reset) {
        built = undefined;
        return;
      }
      rows.add(change.added);
      for (const { before, after } of change.updated) rows.replace(before, after);
      rows.remove(change.removed);
    },
  };
}
