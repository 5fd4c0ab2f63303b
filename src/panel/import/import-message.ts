import type { HarBatch } from "../../core/har";
import type { PreflightLink, RedirectChain } from "../../core/requests";

/** What the card needs from every record of a file, worked out once the worker has read them all. */
export interface FileLinks {
  chains: Map<string, RedirectChain>;
  preflights: Map<string, PreflightLink>;
}

/** What the import worker tells the panel while it reads a file. */
export type ImportMessage =
  | ({ kind: "batch" } & HarBatch)
  /** Bytes read so far, of `size`. */
  | { kind: "progress"; read: number; size: number }
  | ({ kind: "links" } & FileLinks)
  | { kind: "done" }
  | { kind: "failed"; error: string };

/** Reads a file off the panel's main thread, telling `on` as it goes; the function returned cancels. */
export type HarImportPort = (file: File, on: (message: ImportMessage) => void) => () => void;
