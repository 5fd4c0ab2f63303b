import { describe, expect, it } from "vitest";
import { LiveCapture } from "../../../src/core/capture";
import { bucketOfStatus } from "../../../src/core/model";
import { entryKey, lastSnapshot, replay, replayEvent, rowKey, sorted } from "./recording";

describe("live capture replaying real Chromium: an app that never reads its failing bodies", () => {
  const { recording, capture, changes } = replay("app-parallel");
  const rows = capture.records();

  it("lists every request DevTools lists, as (method, URL, status), with none twice", () => {
    const listed = lastSnapshot(recording).map((e) =>
      entryKey(e, e.response.status ? undefined : "(pending)"),
    );
    expect(sorted(rows.map(rowKey))).toEqual(sorted(listed));
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });

  it("keeps ten parallel identical fetches as ten rows, though they share start times", () => {
    const same = rows.filter((r) => r.path === "/api/same");
    expect(same).toHaveLength(10);
    expect(new Set(same.map((r) => r.startedDateTime)).size).toBeLessThan(10);
  });

  it("lists the unread 500, 503 and 404s, the open streams and the hanging fetch", () => {
    const status = (path: string) => rows.filter((r) => r.path === path).map((r) => r.status);
    expect(status("/api/report")).toEqual([500]);
    expect(status("/api/search")).toEqual([503]);
    expect([...status("/api/missing"), ...status("/api/avatar")]).toEqual([404, 404]);
    expect(status("/api/events")).toEqual([200]);
    expect(rows.find((r) => r.resourceType === "websocket")?.status).toBe(101);
    expect(rows.find((r) => r.path === "/api/hang")?.pending).toBe(true);
  });

  it("counts per class what the server says it answered (the hanging fetch in none)", () => {
    const expected: Record<string, number> = {};
    for (const answer of recording.serverLog) {
      if (answer.origin !== "main" || answer.status === "aborted") continue;
      const bucket = bucketOfStatus(answer.status);
      expected[bucket] = (expected[bucket] ?? 0) + 1;
    }
    expect(Object.fromEntries(Object.entries(capture.counts()).filter(([, n]) => n > 0))).toEqual(expected);
    expect(capture.pending).toBe(1);
  });

  it("announces each request once as added, and reading the same log again changes nothing", () => {
    const added = changes.flatMap((c) => c.added.map((r) => r.id));
    expect(sorted(added)).toEqual(sorted(rows.map((r) => r.id)));
    const seen: number[] = [];
    capture.subscribe((change) => seen.push(change.added.length + change.updated.length));
    const last = recording.events.filter((e) => e.type === "har").pop();
    if (last) replayEvent(capture, recording, last);
    expect(seen).toEqual([0]);
    expect(capture.lastLookedAt).toBe(last?.type === "har" ? last.answeredAt : undefined);
  });

  it("gives the same rows whatever slice size the snapshots are read in", () => {
    for (const slice of [1, 3, 500]) {
      const again = new LiveCapture({ preserveLog: () => false });
      for (const event of recording.events) replayEvent(again, recording, event, slice);
      expect(sorted(again.records().map(rowKey))).toEqual(sorted(rows.map(rowKey)));
    }
  });
});

describe("live capture replaying real Chromium: quick reloads", () => {
  it("with DevTools' Preserve log and ours: every request DevTools lists, those cut off as (canceled)", () => {
    const { recording, capture } = replay("reloads-devtools-preserve", { preserveLog: () => true });
    const snapshot = lastSnapshot(recording);
    const lastPage = Math.max(
      ...snapshot.filter((e) => e._resourceType === "document").map((e) => Date.parse(e.startedDateTime)),
    );
    const expected = snapshot.map((e) => {
      if (e.response.status) return entryKey(e);
      return entryKey(e, Date.parse(e.startedDateTime) < lastPage ? "(canceled)" : "(pending)");
    });
    expect(sorted(capture.records().map(rowKey))).toEqual(sorted(expected));
    expect(capture.records().filter((r) => r.failure?.kind === "canceled")).toHaveLength(5);
  });

  it("without either Preserve log: only the last page, as DevTools lists it", () => {
    const { recording, capture, changes } = replay("reloads");
    const expected = lastSnapshot(recording).map((e) =>
      entryKey(e, e.response.status ? undefined : "(pending)"),
    );
    expect(sorted(capture.records().map(rowKey))).toEqual(sorted(expected));
    expect(changes.some((c) => c.reset)).toBe(true);
  });

  it("with ours only: every load it saw, the earlier pages' hanging fetches canceled", () => {
    const { recording, capture } = replay("reloads", { preserveLog: () => true });
    const rows = capture.records();
    const loads = recording.events.filter((e) => e.type === "navigated").length;
    expect(rows.filter((r) => r.resourceType === "document")).toHaveLength(loads);
    const hangs = rows.filter((r) => r.path === "/api/hang");
    expect(hangs.filter((r) => r.pending)).toHaveLength(1);
    expect(hangs.filter((r) => r.failure?.kind === "canceled").length).toBe(hangs.length - 1);
  });
});

describe("live capture replaying real Chromium: history.pushState", () => {
  it("keeps the list when a single-page app changes its URL without loading a document", () => {
    const { recording, capture } = replay("pushstate");
    expect(recording.events.filter((e) => e.type === "navigated")).toHaveLength(2);
    expect(capture.records().filter((r) => r.resourceType === "document")).toHaveLength(1);
    expect(capture.size).toBe(lastSnapshot(recording).length);
    expect(capture.pageUrl).toMatch(/\/app\?view=orders$/);
  });
});

describe("live capture replaying real Chromium: a WebSocket before its handshake", () => {
  it("lists each socket once, though DevTools first listed one with no method and a start in 1969", () => {
    const { recording, capture } = replay("ws-cut", { preserveLog: () => true });
    const undated = recording.entries.filter(
      (e) => e.request.url.startsWith("ws") && e.request.method === "",
    );
    expect(undated.map((e) => e.startedDateTime)).toEqual(["1969-12-31T23:59:59.000Z"]);
    const sockets = capture.records().filter((r) => r.resourceType === "websocket");
    const listed = lastSnapshot(recording).filter((e) => e._resourceType === "websocket");
    expect(sorted(sockets.map(rowKey))).toEqual(
      sorted(listed.map((e) => entryKey(e, e.response.status ? undefined : "(canceled)"))),
    );
  });
});
