/** Preserve log is the panel's setting, but the devtools page reads it too: both are pages of this extension. */
const KEY = "status-lens.preserve-log";

export function readPreserveLog(storage: Storage): boolean {
  return storage.getItem(KEY) === "true";
}

export function writePreserveLog(storage: Storage, value: boolean): void {
  storage.setItem(KEY, String(value));
}
