import { batch, computed, signal } from "@preact/signals";
import type { ExchangeExplanation } from "../../core/hints";
import type { RequestRecord } from "../../core/model";
import type { HarImportPort } from "../import/import-message";
import { loadedSideParts } from "../side-parts-loader";
import { createCopyState } from "./copy-state";
import type { PanelDevtoolsActions } from "./devtools-actions";
import { createFilterState } from "./filter-state";
import { createHarExportState, type PanelHarExport } from "./har-export-state";
import { createHarImportState } from "./har-import-state";
import { createListLayoutState, type LayoutStorage } from "./list-layout";
import type { LiveRefresh } from "./live-view";
import { createLookupState } from "./lookup-state";
import { createRedactionState } from "./redaction-state";
import { createRowMenuState } from "./row-menu-state";
import { createSelectionState } from "./selection-state";
import { createViewsState } from "./views-state";

export interface PanelStoreOptions {
  preserveLog?: boolean;
  onPreserveLogChange?: (value: boolean) => void;
  /** The clock, ms since the epoch; tests pass their own. */
  now?: () => number;
  /** Where the list keeps its column widths, shown columns and sort (the panel's localStorage). */
  layoutStorage?: LayoutStorage;
  /** DevTools actions the browser supports (none in tests unless given). */
  devtoolsActions?: PanelDevtoolsActions;
  /** HAR export through DevTools (getHAR and a download); absent in tests unless given, and then no export. */
  harExport?: PanelHarExport;
  /** Reads an imported file off the main thread (a worker); absent in tests, which read its text at once. */
  harImport?: HarImportPort;
  /** When the live list shows what arrived; at once unless given (the panel gathers a burst's changes). */
  liveRefresh?: LiveRefresh;
}

/** All panel state, split by concern (filter, selection, views); components read the shown view through it. */
export function createPanelStore(options: PanelStoreOptions = {}) {
  const filter = createFilterState();
  const selection = createSelectionState();
  const rowMenu = createRowMenuState();
  const redaction = createRedactionState();
  const lookup = createLookupState();
  const now = options.now ?? Date.now;
  const layout = createListLayoutState(options.layoutStorage);
  const views = createViewsState(filter.predicate, layout.order, now, options.liveRefresh);
  const { view, live } = views;
  const harExport = createHarExportState({
    port: options.harExport,
    view,
    reveal: redaction.revealSecrets,
    now,
  });
  const preserveLog = signal(options.preserveLog ?? false);
  /** Why the last import failed; shown, never thrown. */
  const notice = signal<string | null>(null);
  const selected = computed(() => {
    const shown = view.value;
    const id = selection.selectedId.value;
    shown.version.value;
    return id === null ? undefined : shown.get(id);
  });
  /** Loads a HAR file's text as its own view; a bad file leaves everything as it was. */
  const importHar = (text: string, fileName: string) =>
    batch(() => {
      const opened = views.openFile(text, fileName);
      notice.value = opened.ok ? null : `${fileName}: ${opened.error}`;
      if (opened.ok) selection.select(null);
    });
  // Import HAR… and a dropped file: read off the main thread when the panel gives a port, else as text.
  const harImport = createHarImportState({
    port: options.harImport,
    newFile: views.newFile,
    opened: (built) =>
      batch(() => {
        views.showFile(built.view);
        selection.select(null);
      }),
    openText: importHar,
    notice,
  });
  /** Another view has other rows: the card closes with the switch. */
  const switching = (change: () => void) =>
    batch(() => {
      change();
      selection.select(null);
      filter.clearFocus();
    });

  return {
    ...filter,
    ...selection,
    ...layout,
    ...rowMenu,
    ...createCopyState(now),
    // revealSecrets: the "Show secrets" toggle; screen, copies and exports redact unless it is on.
    ...redaction,
    ...harExport,
    ...lookup,
    /** Looking up takes the card area: the selected request's card closes (it comes back with a click). */
    setLookupQuery(text: string): void {
      batch(() => {
        lookup.setLookupQuery(text);
        selection.select(null);
      });
    },
    /** A related code: from a request's card, its reference card; from the lookup's card, a lookup of it. */
    showReference(code: number | null): void {
      if (code !== null && selection.selectedId.value === null) lookup.setLookupQuery(String(code));
      else selection.showReference(code);
    },
    devtoolsActions: options.devtoolsActions ?? {},
    /** The panel's clock (a test passes its own). */
    clock: now,
    live,
    file: views.file,
    view,
    fileBanner: views.fileBanner,
    preserveLog,
    notice,
    selected,
    visible: computed(() => view.value.rows.value),
    counts: computed(() => view.value.counts.value),
    failureCounts: computed(() => view.value.failureCounts.value),
    total: computed(() => view.value.total.value),
    pending: computed(() => view.value.pending.value),
    problems: computed(() => view.value.problems.value),
    chains: computed(() => view.value.chains.value),
    /** The shown view's session summary and problem groups, over all its records; worked out only when read. */
    summary: computed(() => view.value.summary.value),
    problemGroups: computed(() => view.value.problemGroups.value),
    pageOrigin: computed(() => view.value.pageOrigin.value),
    contentOf: (id: string) => view.value.contentOf(id),
    /**
     * What the card says of a request: this view's chain and page origin, the store's clock, a fetched body. Only
     * the card and the copies ask, once the side parts are loaded.
     */
    explain(record: RequestRecord, responseBody?: string): ExchangeExplanation {
      const { explainExchange, exchangeContext } = loadedSideParts();
      const { chains, preflights, pageOrigin } = view.value;
      const links = { chains: chains.value, preflights: preflights.value, pageOrigin: pageOrigin.value };
      return explainExchange(record, exchangeContext(record, links, new Date(now()), responseBody));
    },
    attachFeed: live.attach,
    show(kind: "live" | "file"): void {
      if (kind !== view.value.kind) switching(() => views.show(kind));
    },
    closeFile(): void {
      switching(views.closeFile);
    },
    importHar,
    ...harImport,
    /** Live: forgets the live capture. File: closes the file, back to live, which it leaves alone. */
    clear(): void {
      batch(() => {
        notice.value = null;
        filter.clearFocus();
        if (view.value.kind === "file") switching(views.closeFile);
        else live.clear();
      });
    },
    dismissProblems(): void {
      batch(() => {
        notice.value = null;
        view.value.dismissProblems();
      });
    },
    setPreserveLog(value: boolean): void {
      preserveLog.value = value;
      options.onPreserveLogChange?.(value);
    },
  };
}

export type PanelStore = ReturnType<typeof createPanelStore>;
