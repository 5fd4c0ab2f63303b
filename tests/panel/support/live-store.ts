import { readFileSync } from "node:fs";
import { parseHarText } from "../../../src/core/har";
import type { RequestRecord } from "../../../src/core/model";
import { loadSideParts } from "../../../src/panel/side-parts-loader";
import { createPanelStore, type PanelStoreOptions } from "../../../src/panel/state/panel-store";
import { FakeLiveFeed } from "./fake-live-feed";

// The panel loads the card, lookup and row menu just after its first paint; tests start with them loaded.
await loadSideParts();

export const DEMO_HAR_TEXT = readFileSync("tests/fixtures/har/chromium-demo.har", "utf8");

/** The real Chromium demo capture's records, as the live capture would hand them over. */
export function demoRecords(): RequestRecord[] {
  const parsed = parseHarText(DEMO_HAR_TEXT);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.records;
}

/** A panel store attached to a fake feed, with a clock the test moves. */
export function liveStore({ cap, ...options }: PanelStoreOptions & { cap?: number } = {}) {
  const clock = { now: Date.parse("2026-11-25T10:00:00Z") };
  const feed = new FakeLiveFeed(cap);
  const store = createPanelStore({ now: () => clock.now, ...options });
  const detach = store.attachFeed(feed);
  return { store, feed, clock, detach };
}

/** The ids of the rows shown, in order. */
export const shownIds = (store: ReturnType<typeof liveStore>["store"]) =>
  store.visible.value.rows.slice().map((r) => r.id);
