import type { HarBatch } from "../../core/har";

/** What the import worker tells the panel while it reads a file. */
export type ImportMessage =
  | ({ kind: "batch" } & HarBatch)
  /** Bytes read so far, of `size`. */
  | { kind: "progress"; read: number; size: number }
  | { kind: "done" }
  | { kind: "failed"; error: string };

/** Reads a file off the panel's main thread, telling `on` as it goes; the function returned cancels. */
export type HarImportPort = (file: File, on: (message: ImportMessage) => void) => () => void;
