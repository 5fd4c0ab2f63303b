import { computed, type ReadonlySignal, signal } from "@preact/signals";
import type { HarBatch } from "../../core/har";
import type { Problem, RequestRecord } from "../../core/model";
import { RequestStore, type RowOrder, type RowPredicate } from "../../core/requests";
import { type FileLinks, preflightLinksOf } from "../import/import-message";
import { createMatchedRows } from "./matched-rows";
import type { PanelView } from "./panel-view";
import { createRecordLinks } from "./record-links";

export interface FileView extends PanelView {
  readonly kind: "file";
}

/** A file view being filled, batch by batch, before it is shown. */
export interface FileViewBuilder {
  readonly view: FileView;
  append(batch: HarBatch): void;
  /** Chains and preflight pairs worked out elsewhere (the import worker), used instead of working them out here. */
  setLinks(links: FileLinks): void;
}

/**
 * An imported HAR file: its records never change once read, and they carry their own bodies. Its rows are kept up
 * to date batch by batch while the file is read, so showing it never sorts or filters the whole file at once.
 */
export function createFileView(
  name: string,
  match: ReadonlySignal<RowPredicate>,
  order: ReadonlySignal<RowOrder | null>,
): FileViewBuilder {
  // The store that counts live records counts the file's too (pending in no class), and keeps every record.
  const store = new RequestStore({ cap: Number.MAX_SAFE_INTEGER });
  const version = signal(0);
  const problems = signal<readonly Problem[]>([]);
  const counts = signal(store.counts());
  const failureCounts = signal(store.failureCounts());
  const total = signal(0);
  const pending = signal(0);
  const all = () => store.records();
  const rows = createMatchedRows(all, match, order, version);
  // Built now, while empty: each batch is then added to the rows, not the rows rebuilt from every record.
  rows.view.value;
  const given = signal<FileLinks | undefined>(undefined);
  const links = createRecordLinks(all, version, signal(undefined));
  const view: FileView = {
    kind: "file",
    name,
    rows: rows.view,
    version,
    counts,
    failureCounts,
    total,
    pending,
    problems,
    ...links,
    chains: computed(() => given.value?.chains ?? links.chains.value),
    preflights: computed(() => {
      const pairs = given.value?.preflightPairs;
      return pairs ? preflightLinksOf(pairs, store.get.bind(store)) : links.preflights.value;
    }),
    records: all,
    get: (id) => store.get(id),
    contentOf: () => undefined,
    dismissProblems() {
      problems.value = [];
    },
  };
  return {
    view,
    append({ records, problems: unread }: HarBatch) {
      const added: RequestRecord[] = [];
      for (const record of records) if (store.add(record, { from: "file" })) added.push(record);
      rows.apply({ added, updated: [], removed: [], reset: false, problems: [] });
      if (unread.length > 0) problems.value = [...problems.value, ...unread];
      counts.value = store.counts();
      failureCounts.value = store.failureCounts();
      total.value = store.size;
      pending.value = store.pending;
      version.value++;
    },
    setLinks(worked: FileLinks) {
      given.value = worked;
    },
  };
}
