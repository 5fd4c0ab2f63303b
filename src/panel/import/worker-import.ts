import type { HarImportPort, ImportMessage } from "./import-message";

/** Reads each file in its own worker, so the panel stays responsive; cancelling ends the worker. */
export const workerImport: HarImportPort = (file, on) => {
  const worker = new Worker(new URL("./har-import-worker.ts", import.meta.url), { type: "module" });
  worker.onmessage = (event: MessageEvent<ImportMessage>) => {
    on(event.data);
    if (event.data.kind === "done" || event.data.kind === "failed") worker.terminate();
  };
  worker.onerror = (event) => on({ kind: "failed", error: event.message });
  worker.postMessage(file);
  return () => worker.terminate();
};
