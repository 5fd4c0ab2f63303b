import { batch, computed, type ReadonlySignal, signal } from "@preact/signals";
import { parseHarText } from "../../core/har";
import type { RowOrder, RowPredicate } from "../../core/requests";
import { UI } from "../strings";
import { createFileView, type FileView } from "./file-view";
import { createLiveView, type LiveRefresh } from "./live-view";
import type { PanelView } from "./panel-view";

/**
 * The live view, always there and always capturing, and at most one imported file beside it. Opening a file
 * replaces the previous file, never live; nothing live ever reaches the file view.
 */
export function createViewsState(
  match: ReadonlySignal<RowPredicate>,
  order: ReadonlySignal<RowOrder | null>,
  now: () => number,
  liveRefresh?: LiveRefresh,
) {
  const live = createLiveView(match, order, now, liveRefresh);
  const file = signal<FileView | null>(null);
  const fileShown = signal(false);
  const view = computed((): PanelView => (fileShown.value ? file.value : null) ?? live);
  /** Shows a complete file view beside live, in place of the previous file. */
  const showFile = (shown: FileView) =>
    batch(() => {
      file.value = shown;
      fileShown.value = true;
    });
  return {
    live,
    file,
    view,
    /** What the banner says of the file view shown; null in the live view. */
    fileBanner: computed(() => {
      const shown = view.value;
      return shown.kind === "file"
        ? UI.views.fileBanner(shown.name, shown.total.value, live.total.value)
        : null;
    }),
    show(kind: PanelView["kind"]): void {
      fileShown.value = kind === "file" && file.value !== null;
    },
    /** A file view to fill batch by batch (an import); shown by showFile once it is complete. */
    newFile: (name: string) => createFileView(name, match, order),
    showFile,
    /** Opens a HAR file's text beside live and shows it; a bad file changes nothing and says why. */
    openFile(text: string, name: string): { ok: true } | { ok: false; error: string } {
      const parsed = parseHarText(text);
      if (!parsed.ok) return parsed;
      const built = createFileView(name, match, order);
      built.append(parsed);
      showFile(built.view);
      return { ok: true };
    },
    closeFile(): void {
      batch(() => {
        file.value = null;
        fileShown.value = false;
      });
    },
  };
}
