import { type ReadonlySignal, signal } from "@preact/signals";
import type { Problem, RequestRecord } from "../../core/model";
import { RequestStore, type RowOrder, type RowPredicate } from "../../core/requests";
import { createMatchedRows } from "./matched-rows";
import type { PanelView } from "./panel-view";
import { createRecordLinks } from "./record-links";

export interface FileView extends PanelView {
  readonly kind: "file";
}

/** An imported HAR file: its records never change, and they carry their own bodies. */
export function createFileView(
  name: string,
  parsed: { records: readonly RequestRecord[]; problems: readonly Problem[] },
  match: ReadonlySignal<RowPredicate>,
  order: ReadonlySignal<RowOrder | null>,
): FileView {
  // The store that counts live records counts the file's too (pending in no class); sized to keep them all.
  const store = new RequestStore({ cap: Math.max(1, parsed.records.length) });
  for (const record of parsed.records) store.add(record, { from: "file" });
  const records = store.records();
  const version = signal(0);
  const problems = signal<readonly Problem[]>(parsed.problems);
  const all = () => records;
  return {
    kind: "file",
    name,
    rows: createMatchedRows(all, match, order, version).view,
    version,
    counts: signal(store.counts()),
    failureCounts: signal(store.failureCounts()),
    total: signal(store.size),
    pending: signal(store.pending),
    problems,
    ...createRecordLinks(all, version, signal(undefined)),
    records: all,
    get: (id) => store.get(id),
    contentOf: () => undefined,
    dismissProblems() {
      problems.value = [];
    },
  };
}
