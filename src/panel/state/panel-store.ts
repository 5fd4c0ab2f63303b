import { batch, computed, signal } from "@preact/signals";
import type { Bucket } from "../../core/bucket";
import { matchesFilter } from "../../core/filter-match";
import { type Filter, parseFilter } from "../../core/filter-parser";
import { recordsSinceNavigation } from "../../core/navigation";
import { normalizeEntry } from "../../core/normalize-entry";
import { parseHarText } from "../../core/parse-har";
import { linkRedirects } from "../../core/redirect-chain";
import type { Problem, RequestRecord } from "../../core/request-record";
import { RequestStore } from "../../core/request-store";
import { byStartTime } from "../../core/start-order";
import { originOf } from "../../core/url-parts";

/** Fetches a live response body on demand (live records do not hold bodies). */
export type ContentGetter = () => Promise<string>;

export interface PanelStoreOptions {
  cap?: number;
  preserveLog?: boolean;
  onPreserveLogChange?: (value: boolean) => void;
}

/** All panel state in one place: core's RequestStore behind signals; views are computed, never copied. */
export function createPanelStore(options: PanelStoreOptions = {}) {
  const requests = new RequestStore({ cap: options.cap ?? 5000 });
  const contents = new Map<string, ContentGetter>();
  const version = signal(0);
  const query = signal("");
  const chip = signal<Bucket | null>(null);
  const selectedId = signal<string | null>(null);
  /** A related code whose reference card is open instead of the selected request's. */
  const referenceCode = signal<number | null>(null);
  const preserveLog = signal(options.preserveLog ?? false);
  /** What the last HAR import or live entry could not read; shown, never thrown. */
  const problems = signal<Problem[]>([]);
  const notice = signal<string | null>(null);
  /** The inspected page, from the last navigation or else the newest document request. */
  const navigatedTo = signal<string | null>(null);

  const parsedQuery = computed(() => parseFilter(query.value));
  let lastGoodFilter: Filter | undefined;
  // A bad query keeps the previous result on screen, as the issue asks; the error is shown beside the input.
  const activeFilter = computed(() => {
    const parsed = parsedQuery.value;
    if (parsed.ok) lastGoodFilter = parsed.filter;
    return lastGoodFilter;
  });
  const counts = computed(() => {
    version.value;
    return { ...requests.counts() };
  });
  const visible = computed(() => {
    version.value;
    const filter = activeFilter.value;
    const bucket = chip.value;
    const rows = requests.filter(
      (r) => (bucket === null || r.bucket === bucket) && (!filter || matchesFilter(filter, r)),
    );
    return byStartTime(rows);
  });
  // Only the card reads it, so it is computed only while a card is open.
  const chains = computed(() => {
    version.value;
    return linkRedirects(requests.records());
  });
  const pageOrigin = computed(() => {
    version.value;
    const records = requests.records();
    let url = navigatedTo.value;
    for (let i = records.length - 1; url === null && i >= 0; i--) {
      if (records[i]?.resourceType === "document") url = records[i]?.url ?? null;
    }
    return url === null ? undefined : originOf(url);
  });
  const selected = computed(() => {
    version.value;
    return selectedId.value === null ? undefined : requests.get(selectedId.value);
  });

  const changed = () => {
    version.value++;
  };

  function addEntry(entry: unknown, content?: ContentGetter): void {
    const result = normalizeEntry(entry, requests.size);
    if (!result.ok) {
      problems.value = [...problems.value, result.problem];
      return;
    }
    if (requests.add(result.record)) {
      if (content) contents.set(result.record.id, content);
      changed();
    }
  }

  function addEntries(entries: readonly unknown[]): void {
    batch(() => {
      for (const entry of entries) addEntry(entry);
    });
  }

  function replaceRecords(kept: readonly RequestRecord[], from: "live" | "file" = "live"): void {
    requests.clear();
    for (const record of kept) requests.add(record, { from });
    for (const id of contents.keys()) if (!requests.get(id)) contents.delete(id);
    if (selectedId.value !== null && !requests.get(selectedId.value)) selectedId.value = null;
    changed();
  }

  return {
    query,
    chip,
    selectedId,
    referenceCode,
    preserveLog,
    problems,
    notice,
    parsedQuery,
    counts,
    visible,
    selected,
    chains,
    pageOrigin,
    total: computed(() => {
      version.value;
      return requests.size;
    }),
    addEntry,
    addEntries,
    contentOf: (id: string) => contents.get(id),
    clear(): void {
      batch(() => {
        replaceRecords([]);
        problems.value = [];
        notice.value = null;
      });
    },
    /** Keeps the new page's document request and what followed it, as DevTools' Network panel does. */
    navigated(url: string): void {
      navigatedTo.value = url;
      if (preserveLog.value) return;
      batch(() => replaceRecords(recordsSinceNavigation(requests.records(), url, new Date())));
    },
    /** Loads a HAR file's text; a bad file leaves the current list untouched. */
    importHar(text: string, fileName: string): void {
      const parsed = parseHarText(text);
      if (!parsed.ok) {
        notice.value = `${fileName}: ${parsed.error}`;
        return;
      }
      batch(() => {
        navigatedTo.value = null;
        replaceRecords(parsed.records, "file");
        problems.value = parsed.problems;
        notice.value = `${fileName}: ${parsed.records.length} requests loaded${parsed.problems.length ? `, ${parsed.problems.length} entries skipped` : ""}.`;
      });
    },
    toggleChip(bucket: Bucket): void {
      chip.value = chip.value === bucket ? null : bucket;
    },
    select(id: string | null): void {
      batch(() => {
        selectedId.value = id;
        referenceCode.value = null;
      });
    },
    showReference(code: number | null): void {
      referenceCode.value = code;
    },
    setPreserveLog(value: boolean): void {
      preserveLog.value = value;
      options.onPreserveLogChange?.(value);
    },
  };
}

export type PanelStore = ReturnType<typeof createPanelStore>;
