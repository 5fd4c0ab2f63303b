import { signal } from "@preact/signals";

export type SideParts = typeof import("./side-parts");

let parts: SideParts | undefined;
let loading: Promise<SideParts> | undefined;
/** Whether the side parts are loaded: what reads it is worked out again once they are. */
const loaded = signal(false);

/** Loads the side parts (once); main.tsx starts it right after the first paint. */
export function loadSideParts(): Promise<SideParts> {
  loading ??= import("./side-parts").then((module) => {
    parts = module;
    loaded.value = true;
    return module;
  });
  return loading;
}

/** The side parts if loaded, else undefined (and their loading started); a signal read, so callers follow it. */
export function sideParts(): SideParts | undefined {
  if (!loaded.value) void loadSideParts();
  return parts;
}

/** The side parts, for code that only runs once they are shown (the card, a copy): loaded by then. */
export function loadedSideParts(): SideParts {
  if (!parts) throw new Error("the panel's side parts are not loaded yet");
  return parts;
}
