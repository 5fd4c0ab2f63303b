import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createPanelStore } from "../../src/panel/state/panel-store";

const demoHar = JSON.parse(readFileSync("tests/fixtures/har/chromium-demo.har", "utf8"));
const entries: unknown[] = demoHar.log.entries;

function loadedStore() {
  const store = createPanelStore();
  store.addEntries(entries);
  return store;
}

describe("panel store over the real Chromium demo capture", () => {
  it("counts every class, with the CORS block, refusal, abort, blocked and loop end in Failed", () => {
    const store = loadedStore();
    const counts = store.counts.value;
    expect(store.total.value).toBe(entries.length);
    expect(counts.failed).toBe(5);
    expect(counts["1xx"]).toBe(1);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(entries.length);
  });

  it("drops a request that arrives twice (getHAR, then onRequestFinished)", () => {
    const store = loadedStore();
    store.addEntry(entries[5]);
    expect(store.total.value).toBe(entries.length);
  });

  it("filters by chip, and a second click clears", () => {
    const store = loadedStore();
    store.toggleChip("4xx");
    expect(store.visible.value.every((r) => r.bucket === "4xx")).toBe(true);
    expect(store.visible.value.length).toBe(store.counts.value["4xx"]);
    store.toggleChip("4xx");
    expect(store.visible.value.length).toBe(entries.length);
  });

  it("keeps the previous rows while the query is invalid", () => {
    const store = loadedStore();
    store.query.value = "status:5xx";
    const fiveHundreds = store.visible.value;
    expect(fiveHundreds.length).toBe(store.counts.value["5xx"]);
    store.query.value = "stauts:5xx";
    expect(store.parsedQuery.value.ok).toBe(false);
    expect(store.visible.value).toEqual(fiveHundreds);
  });

  it("clears on navigation unless Preserve log is on", () => {
    const store = loadedStore();
    const page = demoHar.log.entries[0].request.url;
    store.navigated(page);
    expect(store.total.value).toBe(0);

    const preserving = loadedStore();
    preserving.setPreserveLog(true);
    preserving.navigated(page);
    expect(preserving.total.value).toBe(entries.length);
  });

  it("keeps the new document when it finished before DevTools reported the navigation", () => {
    const store = loadedStore();
    const page = demoHar.log.entries[0].request.url;
    store.addEntry({ ...demoHar.log.entries[0], startedDateTime: new Date().toISOString() });
    store.navigated(page);
    expect(store.visible.value.map((r) => r.url)).toEqual([page]);
  });

  it("rejects a file that is not a HAR without losing the current rows", () => {
    const store = loadedStore();
    store.importHar("{ not json", "broken.har");
    expect(store.total.value).toBe(entries.length);
    expect(store.notice.value).toMatch(/^broken\.har: /);
  });

  it("imports a partly malformed HAR: good entries listed, bad ones reported", () => {
    const store = loadedStore();
    const har = { log: { version: "1.2", entries: [entries[4], "garbage", entries[6]] } };
    store.importHar(JSON.stringify(har), "mixed.har");
    expect(store.total.value).toBe(2);
    expect(store.problems.value.map((p) => p.index)).toEqual([1]);
  });

  it("knows the inspected page's origin from the navigation, else from the newest document", () => {
    const store = loadedStore();
    expect(store.pageOrigin.value).toBe("http://127.0.0.1:43241");
    store.setPreserveLog(true);
    store.navigated("https://next.example/path");
    expect(store.pageOrigin.value).toBe("https://next.example");
  });

  it("closes a related code's card when another request is selected", () => {
    const store = loadedStore();
    const [first, second] = store.visible.value;
    store.select(first?.id ?? null);
    store.showReference(403);
    expect(store.referenceCode.value).toBe(403);
    store.select(second?.id ?? null);
    expect(store.referenceCode.value).toBeNull();
  });
});
