import { batch, type Signal, signal } from "@preact/signals";
import type { HarImportPort } from "../import/import-message";
import type { FileViewBuilder } from "./file-view";

/** An import under way: the file's name and how much of it has been read, 0 to 1. */
export interface ImportProgress {
  name: string;
  fraction: number;
}

interface Deps {
  port: HarImportPort | undefined;
  newFile: (name: string) => FileViewBuilder;
  /** Shows the complete file (and closes the card); the previous file stays until then. */
  opened: (builder: FileViewBuilder) => void;
  /** Loads a file's text at once, where no port reads it in the background (tests). */
  openText: (text: string, name: string) => void;
  notice: Signal<string | null>;
}

/**
 * Importing a HAR file through the port (a worker): the records arrive in batches into a file view built aside, shown
 * once the whole file is read. A bad file, or Cancel, leaves what was shown as it was.
 */
export function createHarImportState({ port, newFile, opened, openText, notice }: Deps) {
  const importing = signal<ImportProgress | null>(null);
  let cancel: (() => void) | undefined;
  const stop = () => {
    cancel?.();
    cancel = undefined;
    importing.value = null;
  };
  return {
    importing,
    importFile(file: File): void {
      if (!port) {
        void file.text().then((text) => openText(text, file.name));
        return;
      }
      stop();
      const builder = newFile(file.name);
      importing.value = { name: file.name, fraction: 0 };
      cancel = port(file, (message) => {
        if (message.kind === "batch") builder.append(message);
        else if (message.kind === "links") builder.setLinks(message);
        else if (message.kind === "progress")
          importing.value = { name: file.name, fraction: message.read / Math.max(1, message.size) };
        else
          batch(() => {
            cancel = undefined;
            importing.value = null;
            notice.value = message.kind === "failed" ? `${file.name}: ${message.error}` : null;
            if (message.kind === "done") opened(builder);
          });
      });
    },
    /** Stops the import under way; nothing it read is kept. */
    cancelImport: stop,
  };
}
