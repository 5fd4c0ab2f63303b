import { type ReadonlySignal, signal } from "@preact/signals";
import type { Problem, RequestRecord } from "../../core/model";
import { BUCKETS, zeroCounts } from "../../core/model";
import type { RowPredicate } from "../../core/requests";
import { createMatchedRows } from "./matched-rows";
import type { PanelView } from "./panel-view";
import { createRecordLinks } from "./record-links";

export interface FileView extends PanelView {
  readonly kind: "file";
}

function countsOf(records: readonly RequestRecord[]) {
  const counts = zeroCounts(BUCKETS);
  let pending = 0;
  for (const record of records) {
    if (record.pending) pending++;
    else counts[record.bucket]++;
  }
  return { counts, pending };
}

/** An imported HAR file: its records never change, and they carry their own bodies. */
export function createFileView(
  name: string,
  parsed: { records: readonly RequestRecord[]; problems: readonly Problem[] },
  match: ReadonlySignal<RowPredicate>,
): FileView {
  const { records } = parsed;
  const byId = new Map(records.map((record) => [record.id, record]));
  const { counts, pending } = countsOf(records);
  const version = signal(0);
  const problems = signal<readonly Problem[]>(parsed.problems);
  const all = () => records;
  return {
    kind: "file",
    name,
    rows: createMatchedRows(all, match, version).view,
    version,
    counts: signal(counts),
    total: signal(records.length),
    pending: signal(pending),
    problems,
    ...createRecordLinks(all, version, signal(undefined)),
    get: (id) => byId.get(id),
    contentOf: () => undefined,
    dismissProblems() {
      problems.value = [];
    },
  };
}
