import { type ReadonlySignal, signal } from "@preact/signals";
import type { RequestRecord } from "../../core/model";
import { UI } from "../strings";
import type { PanelView } from "./panel-view";

/** What HAR export needs from the browser, handed in by main.tsx (src/devtools/har-export.ts); tests pass fakes. */
export interface PanelHarExport {
  /** Every entry DevTools holds now, in full (getHAR). */
  devtoolsEntries(): Promise<readonly unknown[]>;
  /** Hands the text to the user as a downloaded file. */
  save(fileName: string, text: string): void;
  /** The extension's version, for the file's creator. */
  version: string;
}

/** "listed": the rows the filter and chips leave; "all": every request of the view shown. */
export type ExportScope = "listed" | "all";

export interface HarExportDeps {
  port: PanelHarExport | undefined;
  view: ReadonlySignal<PanelView>;
  reveal: ReadonlySignal<boolean>;
  now: () => number;
}

/**
 * HAR export of the view shown. Live rows are written from DevTools' own entries, asked for at export time
 * (records are lean); what DevTools no longer holds, and an imported file's rows, from the records.
 */
export function createHarExportState({ port, view, reveal, now }: HarExportDeps) {
  /** What the last export did, or why it failed; null before one. */
  const exportStatus = signal<string | null>(null);
  const exporting = signal(false);

  const recordsOf = (scope: ExportScope): readonly RequestRecord[] =>
    scope === "all" ? view.value.records() : view.value.rows.value.rows.slice();

  return {
    exportStatus,
    exporting,
    canExport: port !== undefined,
    /** How many requests each scope would write, for the buttons' titles. */
    exportCount: (scope: ExportScope): number =>
      scope === "all" ? view.value.total.value : view.value.rows.value.rows.length,
    async exportHar(scope: ExportScope): Promise<void> {
      if (!port || exporting.value) return;
      const shown = view.value;
      const records = recordsOf(scope);
      if (records.length === 0) {
        exportStatus.value = UI.exportAndLookup.nothingToExport;
        return;
      }
      exporting.value = true;
      exportStatus.value = UI.exportAndLookup.exporting;
      try {
        const devtoolsEntries = shown.kind === "live" ? await port.devtoolsEntries() : [];
        const revealed = reveal.value;
        // Loaded at the first export: the writer is not needed to show the panel.
        const { writeHar } = await import("../../core/har-export");
        const { text, fromRecords } = writeHar({
          records,
          devtoolsEntries,
          reveal: revealed,
          creator: { name: UI.toolbar.panel, version: port.version },
        });
        port.save(
          UI.exportAndLookup.fileName(shown.kind === "live" ? "live" : shown.name, new Date(now())),
          text,
        );
        exportStatus.value = UI.exportAndLookup.exported(records.length, fromRecords, !revealed, shown.kind);
      } catch (error) {
        exportStatus.value = UI.exportAndLookup.exportFailed(
          error instanceof Error ? error.message : String(error),
        );
      } finally {
        exporting.value = false;
      }
    },
  };
}
