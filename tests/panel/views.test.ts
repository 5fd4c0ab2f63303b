import { describe, expect, it } from "vitest";
import { recordWith } from "../core/record-builder";
import { DEMO_HAR_TEXT, demoRecords, liveStore, shownIds } from "./support/live-store";

const fileRecords = demoRecords();
const liveRequest = (n: number, status = 200) =>
  recordWith({ status, url: `https://live.test/api/${n}`, startedDateTime: `2026-11-25T10:00:0${n}.000Z` });

function storeWithFile() {
  const live = liveStore();
  live.feed.arrive([liveRequest(1), liveRequest(2, 404)]);
  live.store.importHar(DEMO_HAR_TEXT, "capture.har");
  return live;
}

describe("a HAR file opened beside the live capture", () => {
  it("shows the file's rows, named, while live capture goes on behind it", () => {
    const { store, feed } = storeWithFile();
    expect(store.view.value.kind).toBe("file");
    expect(store.view.value.name).toBe("capture.har");
    expect(store.total.value).toBe(fileRecords.length);
    expect(store.fileBanner.value).toBe(
      `Showing capture.har: ${fileRecords.length} requests from the file. Live capture goes on: 2 requests.`,
    );
    const fileRows = shownIds(store);
    feed.arrive([liveRequest(3, 500)]);
    expect(shownIds(store)).toEqual(fileRows);
    expect(store.fileBanner.value).toMatch(/Live capture goes on: 3 requests\.$/);
  });

  it("switches back to the live list, intact and up to date, and the banner says nothing of a file", () => {
    const { store, feed } = storeWithFile();
    feed.arrive([liveRequest(3, 500)]);
    store.show("live");
    expect(store.fileBanner.value).toBeNull();
    expect(shownIds(store)).toEqual(feed.records().map((r) => r.id));
    expect(store.counts.value).toMatchObject({ "2xx": 1, "4xx": 1, "5xx": 1 });
  });

  it("is never touched by a navigation", () => {
    const { store, feed } = storeWithFile();
    const fileRows = shownIds(store);
    feed.navigate("https://live.test/next");
    expect(shownIds(store)).toEqual(fileRows);
    expect(store.file.value?.total.value).toBe(fileRecords.length);
  });

  it("applies filter and chips to the view shown, and counts its own classes", () => {
    const { store } = storeWithFile();
    store.toggleChip("4xx");
    expect(store.visible.value.rows.length).toBe(store.counts.value["4xx"]);
    expect(store.visible.value.rows.slice().every((r) => r.url.includes("127.0.0.1:43241"))).toBe(true);
    store.show("live");
    expect(store.visible.value.rows.slice().map((r) => r.url)).toEqual(["https://live.test/api/2"]);
  });

  it("closes in one step, back to live, and Clear in the file view does the same without clearing live", () => {
    const closed = storeWithFile();
    closed.store.closeFile();
    expect(closed.store.file.value).toBeNull();
    expect(closed.store.view.value.kind).toBe("live");

    const cleared = storeWithFile();
    cleared.store.clear();
    expect(cleared.store.file.value).toBeNull();
    expect(cleared.feed.clears).toEqual([]);
    expect(cleared.store.total.value).toBe(2);
  });

  it("is replaced by the next file, never live", () => {
    const { store } = storeWithFile();
    const har = JSON.parse(DEMO_HAR_TEXT);
    const small = { log: { version: "1.2", entries: har.log.entries.slice(0, 3) } };
    store.importHar(JSON.stringify(small), "small.har");
    expect(store.view.value.name).toBe("small.har");
    expect(store.total.value).toBe(3);
    store.show("live");
    expect(store.total.value).toBe(2);
  });

  it("keeps everything as it was when the next file is bad, and says why", () => {
    const { store } = storeWithFile();
    const fileRows = shownIds(store);
    store.importHar('{"log": {"pages": []}}', "broken.har");
    expect(store.view.value.name).toBe("capture.har");
    expect(shownIds(store)).toEqual(fileRows);
    expect(store.notice.value).toBe("broken.har: not a HAR file: no log.entries array");
  });

  it("closes the card when the view changes, since the other view has other rows", () => {
    const { store } = storeWithFile();
    store.select(shownIds(store)[0] ?? null);
    expect(store.selected.value).toBeDefined();
    store.show("live");
    expect(store.selected.value).toBeUndefined();
  });

  it("serves the file's own bodies and asks live for nothing", () => {
    const { store, feed } = storeWithFile();
    const live = feed.records()[0];
    feed.withContent(live?.id ?? "", "{}");
    expect(store.contentOf(live?.id ?? "")).toBeUndefined();
    store.show("live");
    expect(store.contentOf(live?.id ?? "")).toBeDefined();
  });
});
