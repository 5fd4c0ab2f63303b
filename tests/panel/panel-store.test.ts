import { describe, expect, it } from "vitest";
import { DEMO_HAR_TEXT, demoRecords, liveStore, shownIds } from "./support/live-store";

const records = demoRecords();

function loadedStore() {
  const live = liveStore();
  live.feed.arrive(records);
  return live;
}

describe("panel store over the real Chromium demo capture", () => {
  it("counts every class, with the CORS block, refusal, abort, blocked and loop end in Failed", () => {
    const { store } = loadedStore();
    const counts = store.counts.value;
    expect(store.total.value).toBe(records.length);
    expect(counts.failed).toBe(5);
    expect(counts["1xx"]).toBe(1);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(records.length);
  });

  it("filters by chip, and a second click clears", () => {
    const { store } = loadedStore();
    store.toggleChip("4xx");
    const rows = store.visible.value.rows.slice();
    expect(rows.every((r) => r.bucket === "4xx")).toBe(true);
    expect(rows.length).toBe(store.counts.value["4xx"]);
    store.toggleChip("4xx");
    expect(store.visible.value.rows.length).toBe(records.length);
  });

  it("keeps the previous rows while the query is invalid", () => {
    const { store } = loadedStore();
    store.query.value = "status:5xx";
    const fiveHundreds = shownIds(store);
    expect(fiveHundreds.length).toBe(store.counts.value["5xx"]);
    store.query.value = "stauts:5xx";
    expect(store.parsedQuery.value.ok).toBe(false);
    expect(shownIds(store)).toEqual(fiveHundreds);
  });

  it("rejects a file that is not a HAR without changing what is shown", () => {
    const { store } = loadedStore();
    const before = shownIds(store);
    store.importHar("{ not json", "broken.har");
    expect(store.view.value.kind).toBe("live");
    expect(store.file.value).toBeNull();
    expect(shownIds(store)).toEqual(before);
    expect(store.notice.value).toMatch(/^broken\.har: not a HAR file/);
  });

  it("imports a partly malformed HAR: good entries listed, bad ones reported for that view", () => {
    const { store } = loadedStore();
    const har = JSON.parse(DEMO_HAR_TEXT);
    const mixed = { log: { version: "1.2", entries: [har.log.entries[4], "garbage", har.log.entries[6]] } };
    store.importHar(JSON.stringify(mixed), "mixed.har");
    expect(store.total.value).toBe(2);
    expect(store.problems.value.map((p) => p.index)).toEqual([1]);
    store.show("live");
    expect(store.problems.value).toEqual([]);
  });

  it("knows the inspected page's origin from the navigation, else from the newest document", () => {
    const { store, feed } = loadedStore();
    expect(store.pageOrigin.value).toBe("http://127.0.0.1:43241");
    feed.navigate("https://next.example/path");
    expect(store.pageOrigin.value).toBe("https://next.example");
  });

  it("closes a related code's card when another request is selected", () => {
    const { store } = loadedStore();
    const [first, second] = store.visible.value.rows.slice(0, 2);
    store.select(first?.id ?? null);
    store.showReference(403);
    expect(store.referenceCode.value).toBe(403);
    store.select(second?.id ?? null);
    expect(store.referenceCode.value).toBeNull();
  });

  it("writes Preserve log through the setting and leaves navigation to the capture", () => {
    const written: boolean[] = [];
    const { store } = liveStore({ onPreserveLogChange: (value) => written.push(value) });
    store.setPreserveLog(true);
    expect(store.preserveLog.value).toBe(true);
    expect(written).toEqual([true]);
  });
});
