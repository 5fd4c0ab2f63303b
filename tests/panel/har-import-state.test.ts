import { describe, expect, it } from "vitest";
import { byStartTime } from "../../src/core/requests";
import type { ImportMessage } from "../../src/panel/import/import-message";
import { DEMO_HAR_TEXT, demoRecords, liveStore, shownIds } from "./support/live-store";

/** A port that reads nothing by itself: the test says what the worker would post, and sees Cancel. */
function fakePort() {
  const port = { on: (_: ImportMessage) => {}, cancelled: 0, started: 0 };
  const start = (_file: File, on: (message: ImportMessage) => void) => {
    port.on = on;
    port.started++;
    return () => {
      port.cancelled++;
    };
  };
  return { port, start };
}

const records = demoRecords();
const big = new File(["{}"], "big.har");

describe("a HAR file imported through a worker", () => {
  it("fills the file view batch by batch aside, shows progress, and opens it complete when done", () => {
    const { port, start } = fakePort();
    const { store, feed } = liveStore({ harImport: start });
    feed.arrive(records.slice(0, 2));
    store.importFile(big);
    expect(store.importing.value).toEqual({ name: "big.har", fraction: 0 });
    port.on({ kind: "batch", records: records.slice(10), problems: [] });
    port.on({ kind: "progress", read: 250, size: 1000 });
    port.on({
      kind: "batch",
      records: records.slice(0, 10),
      problems: [{ index: 99, message: "entry 99: x" }],
    });
    expect(store.importing.value).toEqual({ name: "big.har", fraction: 0.25 });
    expect(store.view.value.kind).toBe("live");
    const chains = new Map();
    const [preflight, request] = [records[0], records[1]];
    port.on({ kind: "links", chains, preflightPairs: [[preflight?.id ?? "", request?.id]] });
    port.on({ kind: "done" });
    expect(store.chains.value).toBe(chains);
    const link = { preflight, request };
    expect(store.view.value.preflights.value).toEqual(
      new Map([
        [preflight?.id, link],
        [request?.id, link],
      ]),
    );
    expect(store.importing.value).toBeNull();
    expect(store.view.value.name).toBe("big.har");
    expect(store.total.value).toBe(records.length);
    expect(shownIds(store)).toEqual(byStartTime(store.view.value.records()).map((r) => r.id));
    expect(store.problems.value).toEqual([{ index: 99, message: "entry 99: x" }]);
  });

  it("keeps what was shown when the file turns out bad, and says why", () => {
    const { port, start } = fakePort();
    const { store } = liveStore({ harImport: start });
    store.importHar(DEMO_HAR_TEXT, "before.har");
    const before = shownIds(store);
    store.importFile(big);
    port.on({ kind: "batch", records: records.slice(0, 3), problems: [] });
    port.on({ kind: "failed", error: "not a HAR file: invalid JSON (unexpected end of the file)" });
    expect(store.notice.value).toBe("big.har: not a HAR file: invalid JSON (unexpected end of the file)");
    expect(store.view.value.name).toBe("before.har");
    expect(shownIds(store)).toEqual(before);
    expect(store.importing.value).toBeNull();
  });

  it("stops on Cancel, keeping what was shown; a new import cancels the one under way", () => {
    const { port, start } = fakePort();
    const { store } = liveStore({ harImport: start });
    store.importFile(big);
    store.importFile(new File(["{}"], "other.har"));
    expect([port.started, port.cancelled]).toEqual([2, 1]);
    expect(store.importing.value?.name).toBe("other.har");
    store.cancelImport();
    expect(port.cancelled).toBe(2);
    expect(store.importing.value).toBeNull();
    expect(store.view.value.kind).toBe("live");
  });
});
