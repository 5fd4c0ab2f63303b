import type { NetworkListener } from "./network-source";

/** What the devtools page hands the panel: every network event since DevTools opened, then the live ones. */
export interface NetworkHub {
  subscribe(listener: NetworkListener): () => void;
}

type NetworkEvent =
  | { type: "entries"; entries: readonly unknown[] }
  | { type: "entry"; entry: unknown; content: () => Promise<string> }
  | { type: "navigated"; url: string };

/** Events kept for a panel not shown yet; past this the oldest go, as the panel's own store would drop them. */
export const BUFFER_CAP = 5000;

function deliver(listener: NetworkListener, event: NetworkEvent): void {
  if (event.type === "entries") listener.onEntries(event.entries);
  else if (event.type === "entry") listener.onEntry(event.entry, event.content);
  else listener.onNavigated(event.url);
}

/**
 * Runs in the devtools page, which lives as long as DevTools is open, so requests made before the panel was first
 * shown keep their getContent (getHAR entries have none). `keepAcrossNavigation` reads the panel's Preserve log.
 */
export function createNetworkHub(
  connect: (listener: NetworkListener) => void,
  keepAcrossNavigation: () => boolean,
): NetworkHub {
  let buffer: NetworkEvent[] = [];
  const listeners = new Set<NetworkListener>();
  const record = (event: NetworkEvent) => {
    if (event.type === "navigated" && !keepAcrossNavigation()) buffer = [];
    buffer.push(event);
    if (buffer.length > BUFFER_CAP) buffer.splice(0, buffer.length - BUFFER_CAP);
    for (const listener of listeners) deliver(listener, event);
  };
  connect({
    onEntries: (entries) => record({ type: "entries", entries }),
    onEntry: (entry, content) => record({ type: "entry", entry, content }),
    onNavigated: (url) => record({ type: "navigated", url }),
  });
  return {
    subscribe(listener) {
      for (const event of buffer) deliver(listener, event);
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
