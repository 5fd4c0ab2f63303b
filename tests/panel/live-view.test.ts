import { effect } from "@preact/signals";
import { describe, expect, it } from "vitest";
import type { RequestRecord } from "../../src/core/model";
import { byStartTime } from "../../src/core/requests";
import { recordWith } from "../core/record-builder";
import { liveStore, shownIds } from "./support/live-store";

const startAt = (ms: number) => new Date(Date.parse("2026-11-25T10:00:00Z") + ms).toISOString();
const request = (ms: number, status = 200, extra: Partial<RequestRecord> = {}) =>
  recordWith({ status, startedDateTime: startAt(ms), url: `https://app.test/api/${ms}`, ...extra });
const pendingAt = (ms: number) => request(ms, 0, { pending: true, bucket: "failed" });

describe("live view over the capture's feed", () => {
  it("renders once per batch, with the rows in start order", () => {
    const { store, feed } = liveStore();
    let renders = 0;
    const stop = effect(() => {
      store.visible.value;
      store.counts.value;
      renders++;
    });
    const batch = [request(30), request(10), request(20)];
    feed.arrive(batch);
    feed.arrive([request(5), request(40)]);
    stop();
    expect(renders).toBe(3);
    expect(shownIds(store)).toEqual(byStartTime(feed.records()).map((r) => r.id));
  });

  it("gathers the batches that arrive before a refresh into one render, and shows them all then", () => {
    const refreshes: (() => void)[] = [];
    const { store, feed } = liveStore({ liveRefresh: (show) => refreshes.push(show) });
    let renders = 0;
    const stop = effect(() => {
      store.total.value;
      renders++;
    });
    feed.arrive([request(30)]);
    feed.arrive([request(10), request(20)]);
    expect([renders, store.total.value, refreshes.length]).toEqual([1, 0, 1]);
    refreshes[0]?.();
    stop();
    expect([renders, store.total.value]).toEqual([2, 3]);
    expect(shownIds(store)).toEqual(byStartTime(feed.records()).map((r) => r.id));
    feed.arrive([request(40)]);
    expect(refreshes.length).toBe(2);
  });

  it("does not re-render the rows when a read of the log finds nothing, but moves 'log read' on", () => {
    const { store, feed, clock } = liveStore();
    feed.arrive([request(1)]);
    const rows = store.visible.value;
    expect(store.live.logRead.value).toBe("log not read yet");
    feed.look(clock.now);
    expect(store.visible.value).toBe(rows);
    expect(store.live.logRead.value).toBe("log read just now");
    clock.now += 3_400;
    store.live.tick();
    expect(store.live.logRead.value).toBe("log read 3 s ago");
  });

  it("updates a pending row in place: it counts in no chip and shows under Failed only once it fails", () => {
    const { store, feed } = liveStore();
    const waiting = pendingAt(10);
    feed.arrive([request(0), waiting]);
    expect(store.pending.value).toBe(1);
    expect(store.counts.value.failed).toBe(0);
    store.toggleChip("failed");
    expect(shownIds(store)).toEqual([]);
    feed.update([{ ...waiting, pending: undefined, failure: { kind: "canceled" } }]);
    expect(shownIds(store)).toEqual([waiting.id]);
    expect(store.pending.value).toBe(0);
    expect(store.counts.value.failed).toBe(1);
  });

  it("follows a selected row's newer copy in the card", () => {
    const { store, feed } = liveStore();
    const waiting = pendingAt(10);
    feed.arrive([waiting]);
    store.select(waiting.id);
    expect(store.selected.value?.pending).toBe(true);
    feed.update([request(10, 503, { id: waiting.id })]);
    expect(store.selected.value?.status).toBe(503);
  });

  it("drops the oldest past the cap and says so, with how to keep them", () => {
    const { store, feed } = liveStore({ cap: 3 });
    feed.arrive([request(1), request(2)]);
    expect(store.live.droppedNotice.value).toBeNull();
    feed.arrive([request(3), request(4), request(5)]);
    expect(shownIds(store)).toEqual(feed.records().map((r) => r.id));
    expect(store.live.droppedNotice.value).toBe(
      "2 oldest requests dropped: the live list keeps the newest 3. " +
        "Export HAR from DevTools' Network panel first to keep them all.",
    );
  });

  it("rebuilds after a reset (a navigation without Preserve log), keeping what the capture kept", () => {
    const { store, feed } = liveStore();
    const page = request(100, 200, { resourceType: "document", url: "https://app.test/" });
    feed.arrive([request(1), request(2), page]);
    feed.navigate("https://app.test/", [page]);
    expect(shownIds(store)).toEqual([page.id]);
    feed.arrive([request(150)]);
    expect(store.total.value).toBe(2);
  });

  it("re-reads every record when the filter changes, never per batch while no card is open", () => {
    const { store, feed } = liveStore();
    feed.arrive([request(1)]);
    const stop = effect(() => {
      store.visible.value;
      store.counts.value;
      store.total.value;
    });
    const reads = feed.recordsCalls;
    for (let i = 2; i < 50; i++) feed.arrive([request(i)]);
    expect(feed.recordsCalls).toBe(reads);
    store.query.value = "status:200";
    expect(feed.recordsCalls).toBe(reads + 1);
    stop();
  });

  it("keeps the newest 100,000 requests, appending each new one", () => {
    const { store, feed } = liveStore();
    const stop = effect(() => {
      store.visible.value;
    });
    const many = Array.from({ length: 100_000 }, (_, i) => request(i));
    for (let i = 0; i < many.length; i += 5_000) feed.arrive(many.slice(i, i + 5_000));
    const newest = request(100_001);
    feed.arrive([newest]);
    stop();
    const { rows } = store.visible.value;
    expect(rows.length).toBe(100_000);
    expect(rows.at(0)).toBe(many[1]);
    expect(rows.at(99_999)).toBe(newest);
    expect(store.live.droppedNotice.value).toMatch(
      /^1 oldest request dropped: the live list keeps the newest 100,000\./,
    );
  });

  it("collects entries the capture could not read, until a reset", () => {
    const { store, feed } = liveStore();
    feed.arrive([request(1)], [{ index: 7, message: "entry is not an object" }]);
    expect(store.problems.value.map((p) => p.index)).toEqual([7]);
    feed.navigate("https://app.test/");
    expect(store.problems.value).toEqual([]);
  });

  it("clears the capture itself with the injected clock, and lets go of the feed when detached", () => {
    const { store, feed, clock, detach } = liveStore();
    feed.arrive([request(1)]);
    store.clear();
    expect(feed.clears).toEqual([clock.now]);
    expect(store.total.value).toBe(0);
    detach();
    expect(feed.listeners).toBe(0);
  });
});
