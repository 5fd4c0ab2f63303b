import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CaptureChange, LiveCapture } from "../../../src/core/capture";
import { type EntrySpec, harEntry } from "./har-entry";

const T0 = Date.parse("2026-12-01T10:00:00.000Z");
const noBody = () => Promise.resolve("");
const API = "https://app.test/api";

function captureWith(preserveLog = false, cap?: number) {
  const capture = new LiveCapture({ preserveLog: () => preserveLog, ...(cap ? { cap } : {}) });
  const changes: CaptureChange[] = [];
  capture.subscribe((change) => changes.push(change));
  const look = (specs: EntrySpec[], at = T0 + 60_000, slice = 100) => {
    const job = capture.snapshot(specs.map(harEntry), at + 5);
    while (!job.step(slice)) {}
  };
  const finish = (spec: EntrySpec) => capture.addFinished(harEntry(spec), noBody);
  return { capture, changes, look, finish };
}

const outcomes = (capture: LiveCapture) =>
  capture
    .records()
    .map((r) => `${r.path} ${r.pending ? "pending" : r.status || r.failure?.kind}`)
    .sort();

describe("live capture: one row per request", () => {
  it("replaces a pending copy in place when the snapshot sees it answered, keeping its id", () => {
    const { capture, changes, look } = captureWith();
    look([{ url: `${API}/slow`, started: T0, state: "pending" }]);
    const id = capture.records()[0]?.id;
    look([{ url: `${API}/slow`, started: T0, state: 503 }]);
    expect(capture.records().map((r) => [r.id, r.status])).toEqual([[id, 503]]);
    expect(changes.at(-1)?.updated.map((u) => [u.before.pending, u.after.status])).toEqual([[true, 503]]);
  });

  it("keeps a finished copy over a later snapshot, and never lets a stale pending copy undo an answer", () => {
    const { capture, look, finish } = captureWith();
    look([{ url: `${API}/a`, started: T0, state: "pending" }]);
    finish({ url: `${API}/a`, started: T0, state: 200, time: 40 });
    look([{ url: `${API}/a`, started: T0, state: "pending" }]);
    look([{ url: `${API}/a`, started: T0, state: 200, time: 10 }]);
    expect(capture.records().map((r) => [r.status, r.timeMs])).toEqual([[200, 40]]);
    expect(capture.contentOf(capture.records()[0]?.id ?? "")).toBe(noBody);
  });

  it("tells apart identical requests started in the same millisecond, whatever they were answered", () => {
    const { capture, look, finish } = captureWith();
    const same = (state: EntrySpec["state"]): EntrySpec => ({ url: `${API}/same`, started: T0, state });
    finish(same(429));
    look([same(200), same(429), same("pending")]);
    expect(outcomes(capture)).toEqual(["/api/same 200", "/api/same 429", "/api/same pending"]);
    finish(same(200));
    look([same(200), same(429), same(200)]);
    expect(outcomes(capture)).toEqual(["/api/same 200", "/api/same 200", "/api/same 429"]);
    expect(new Set(capture.records().map((r) => r.id)).size).toBe(3);
  });

  it("clears, and forgets what DevTools still lists from before the clear", () => {
    const { capture, changes, look } = captureWith();
    const old = { url: `${API}/old`, started: T0, state: 200 } as const;
    look([old]);
    capture.clear(T0 + 1000);
    expect(changes.at(-1)?.reset).toBe(true);
    look([old, { url: `${API}/new`, started: T0 + 2000, state: 200 }]);
    expect(outcomes(capture)).toEqual(["/api/new 200"]);
  });

  it("drops the oldest past the cap, says how many, and does not take them back from the next snapshot", () => {
    const { capture, changes, look } = captureWith(false, 3);
    const specs = Array.from({ length: 5 }, (_, i) => ({ url: `${API}/${i}`, started: T0 + i, state: 200 }));
    look(specs);
    expect(capture.dropped).toBe(2);
    expect(changes.flatMap((c) => c.removed.map((r) => r.path))).toEqual(["/api/0", "/api/1"]);
    look(specs);
    expect(outcomes(capture)).toEqual(["/api/2 200", "/api/3 200", "/api/4 200"]);
  });

  it("reports an entry it cannot read once, and keeps the rest", () => {
    const { capture, changes } = captureWith();
    const good = harEntry({ url: `${API}/ok`, started: T0, state: 200 });
    for (let i = 0; i < 2; i++) {
      const job = capture.snapshot([{ request: {} }, good], T0);
      while (!job.step(10)) {}
    }
    expect(capture.size).toBe(1);
    expect(changes.flatMap((c) => c.problems.map((p) => p.message))).toEqual([
      expect.stringContaining("request.url"),
    ]);
  });
});

describe("live capture: navigations", () => {
  const page = (started: number, state: EntrySpec["state"] = 200): EntrySpec => ({
    url: "https://app.test/",
    started,
    state,
    resourceType: "document",
  });

  it("without Preserve log keeps only the new page once its document shows, even from DevTools' preserved log", () => {
    const { capture, look } = captureWith(false);
    const first = [page(T0), { url: `${API}/hang`, started: T0 + 10, state: "pending" } as EntrySpec];
    look(first, T0 + 100);
    capture.navigated("https://app.test/");
    look([...first, page(T0 + 1900), { url: `${API}/user`, started: T0 + 1950, state: 200 }], T0 + 2100);
    expect(outcomes(capture)).toEqual(["/ 200", "/api/user 200"]);
  });

  it("with Preserve log keeps both pages and cancels what the first left pending", () => {
    const { capture, look } = captureWith(true);
    look([page(T0), { url: `${API}/hang`, started: T0 + 10, state: "pending" }], T0 + 100);
    capture.navigated("https://app.test/");
    look([page(T0 + 1900)], T0 + 2100);
    expect(outcomes(capture)).toEqual(["/ 200", "/ 200", "/api/hang canceled"]);
  });

  it("learns of the new page from its finished document, and keeps the redirects that led to it", () => {
    const { capture, finish } = captureWith(false);
    finish({ url: `${API}/before`, started: T0, state: 200 });
    capture.navigated("https://app.test/");
    const hop = { ...harEntry({ ...page(T0 + 1800, 302) }) };
    hop.request.url = "https://app.test/login";
    hop.response.redirectURL = "/";
    capture.addFinished(hop, noBody);
    finish(page(T0 + 1900));
    expect(outcomes(capture)).toEqual(["/ 200", "/login 302"]);
  });

  it("lets an answer seen after a navigation replace the (canceled) it was guessed to be, with no second row", () => {
    const { capture, look } = captureWith(true);
    const search = (state: EntrySpec["state"]): EntrySpec => ({
      url: `${API}/search`,
      started: T0 + 10,
      state,
    });
    look([page(T0), search("pending")], T0 + 100);
    capture.navigated("https://app.test/");
    look([page(T0), search("pending"), page(T0 + 1900)], T0 + 2100);
    expect(outcomes(capture)).toEqual(["/ 200", "/ 200", "/api/search canceled"]);
    look([page(T0), search(404), page(T0 + 1900)], T0 + 2200);
    expect(outcomes(capture)).toEqual(["/ 200", "/ 200", "/api/search 404"]);
  });

  it("without Preserve log drops what the old page sent while the new one loaded, by DevTools' page id", () => {
    const { capture, look, finish } = captureWith(false);
    const first = { ...page(T0), pageref: "page_1" };
    const second = { ...page(T0 + 1000), pageref: "page_2" };
    const late = (i: number): EntrySpec => ({
      url: `${API}/item?i=${i}`,
      started: T0 + 1100 + i,
      state: 200,
      pageref: "page_1",
    });
    look([first, late(1)], T0 + 1150);
    capture.navigated("https://app.test/");
    finish(late(2));
    look([
      first,
      late(1),
      late(2),
      second,
      { url: `${API}/user`, started: T0 + 1200, state: 200, pageref: "page_2" },
    ]);
    finish(late(3));
    expect(outcomes(capture)).toEqual(["/ 200", "/api/user 200"]);
  });

  it("keeps the row, id and body of a new page's request that finished before the page was settled", () => {
    const { capture, look, finish } = captureWith(false);
    look([page(T0), { url: `${API}/old`, started: T0 + 10, state: 200 }], T0 + 100);
    capture.navigated("https://app.test/");
    finish({ url: `${API}/early`, started: T0 + 1100, state: 200 });
    const early = capture.records().find((r) => r.path === "/api/early");
    finish(page(T0 + 1000));
    expect(outcomes(capture)).toEqual(["/ 200", "/api/early 200"]);
    expect(capture.get(early?.id ?? "")?.path).toBe("/api/early");
    expect(capture.contentOf(early?.id ?? "")).toBe(noBody);
  });

  it("moves on to the new page even when a snapshot read across the navigation held only the old document", () => {
    const { capture, look, finish } = captureWith(false);
    const first = { ...page(T0), pageref: "page_1" };
    look([first, { url: `${API}/a`, started: T0 + 10, state: 200, pageref: "page_1" }], T0 + 100);
    capture.navigated("https://app.test/");
    look([first, { url: `${API}/a`, started: T0 + 10, state: 200, pageref: "page_1" }], T0 + 150);
    finish({ ...page(T0 + 1000), pageref: "page_2" });
    finish({ url: `${API}/b`, started: T0 + 1100, state: 200, pageref: "page_2" });
    expect(outcomes(capture)).toEqual(["/ 200", "/api/b 200"]);
  });

  it("settles a navigation whose document finished before the event came", () => {
    const { capture, look, finish } = captureWith(false);
    look([page(T0), { url: `${API}/a`, started: T0 + 10, state: 200 }], T0 + 100);
    finish(page(T0 + 1000));
    expect(capture.size).toBe(3);
    capture.navigated("https://app.test/");
    expect(outcomes(capture)).toEqual(["/ 200"]);
  });

  it("does not bring back the old page from a snapshot that was being read when the new page began", () => {
    const { capture, look, finish } = captureWith(false);
    const old = Array.from({ length: 6 }, (_, i) => ({
      url: `${API}/item?i=${i}`,
      started: T0 + 10 + i,
      state: 200,
    }));
    look([page(T0), ...old], T0 + 100);
    capture.navigated("https://app.test/");
    const stale = capture.snapshot([page(T0), ...old].map(harEntry), T0 + 200);
    stale.step(100);
    finish(page(T0 + 1000));
    while (!stale.step(2)) {}
    expect(outcomes(capture)).toEqual(["/ 200"]);
  });

  it("lists a WebSocket cut off before its handshake (started 1969 in DevTools' log) by its page, not its time", () => {
    const { capture, look, finish } = captureWith(false);
    look([{ ...page(T0), pageref: "page_1" }], T0 + 100);
    capture.navigated("https://app.test/");
    finish({ ...page(T0 + 1000), pageref: "page_2" });
    const socket = {
      ...harEntry({ url: "wss://app.test/live", started: -1000, state: "pending", pageref: "page_2" }),
    };
    socket.request.method = "";
    const job = capture.snapshot([socket], T0 + 2000);
    while (!job.step(10)) {}
    expect(outcomes(capture)).toEqual(["/ 200", "/live pending"]);
  });

  it("keeps one row for a WebSocket first listed undated, then with its real start once its handshake began", () => {
    const { capture } = captureWith(true);
    const socket = (started: number, state: EntrySpec["state"]) => {
      const entry = harEntry({ url: "wss://app.test/live", started, state, pageref: "page_1" });
      if (started < 0) entry.request.method = "";
      return entry;
    };
    for (const entries of [[socket(-1000, "pending")], [socket(T0 + 50, 101)], [socket(T0 + 50, 101)]]) {
      const job = capture.snapshot(entries, T0 + 100);
      while (!job.step(10)) {}
    }
    expect(outcomes(capture)).toEqual(["/live 101"]);
    expect(capture.records()[0]?.startedDateTime).toBe(new Date(T0 + 50).toISOString());
  });

  it("keeps everything when the URL changed without a new document (history.pushState)", () => {
    const { capture, look } = captureWith(false);
    look([page(T0), { url: `${API}/user`, started: T0 + 10, state: 200 }], T0 + 100);
    capture.navigated("https://app.test/orders");
    look([page(T0), { url: `${API}/user`, started: T0 + 10, state: 200 }], T0 + 2100);
    expect(capture.size).toBe(2);
    expect(capture.pageUrl).toBe("https://app.test/orders");
  });
});

/** A DevTools log built by a model: requests start pending, then are answered or fail, some finish. */
const worldActions = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant("start" as const), key: fc.integer({ min: 0, max: 2 }) }),
    fc.record({
      kind: fc.constant("answer" as const),
      which: fc.nat(),
      state: fc.constantFrom<EntrySpec["state"]>(200, 404, 429, 503, "failed"),
      finish: fc.boolean(),
    }),
    fc.record({ kind: fc.constant("look" as const), slice: fc.integer({ min: 1, max: 5 }) }),
  ),
  { maxLength: 40 },
);

describe("live capture against a model of DevTools' log (property)", () => {
  it("ends with exactly the requests DevTools lists, each once, whatever the order of the two sources", () => {
    fc.assert(
      fc.property(worldActions, (actions) => {
        const { capture } = captureWith();
        const world: EntrySpec[] = [];
        const look = (slice: number) => {
          const job = capture.snapshot(world.map(harEntry), T0);
          while (!job.step(slice)) {}
        };
        for (const action of actions) {
          if (action.kind === "start") {
            world.push({ url: `${API}/k${action.key}`, started: T0 + action.key, state: "pending" });
          } else if (action.kind === "answer") {
            const waiting = world.filter((r) => r.state === "pending");
            const request = waiting[action.which % Math.max(1, waiting.length)];
            if (!request) continue;
            request.state = action.state;
            if (action.finish) capture.addFinished(harEntry(request), noBody);
          } else {
            look(action.slice);
          }
          expect(capture.size).toBeLessThanOrEqual(world.length);
        }
        look(3);
        // net::ERR_FAILED alone names no cause: the failure kind is "unknown".
        const expected = world.map(
          (r) => `/api/k${r.started - T0} ${r.state === "failed" ? "unknown" : r.state}`,
        );
        expect(outcomes(capture)).toEqual(expected.sort());
        expect(new Set(capture.records().map((r) => r.id)).size).toBe(capture.size);
      }),
    );
  });
});

describe("live capture at scale", () => {
  // Results only: speed is measured by the benchmark, never by a timed unit test.
  it("keeps 100,000 requests from one page, then drops the oldest and says how many", () => {
    const { capture, changes, look } = captureWith();
    const specs = Array.from({ length: 100_001 }, (_, i) => ({
      url: `${API}/item?i=${i}`,
      started: T0 + Math.floor(i / 7),
      state: 200,
    }));
    look(specs.slice(0, 100_000), T0, 5000);
    expect(capture.size).toBe(100_000);
    expect(capture.dropped).toBe(0);
    look(specs, T0, 5000);
    expect(capture.size).toBe(100_000);
    expect(capture.dropped).toBe(1);
    expect(capture.records()[0]?.path).toBe("/api/item?i=1");
    expect(changes.flatMap((c) => c.removed.map((r) => r.path))).toEqual(["/api/item?i=0"]);
  });
});

describe("live capture: whether snapshots still bring news onRequestFinished does not", () => {
  const read = { url: `${API}/read`, started: T0, state: 200 } as const;
  const unread = { url: `${API}/unread`, started: T0 + 1, state: 500 } as const;

  it("needs none while every request a snapshot lists finishes before the next snapshot", () => {
    const { capture, look, finish } = captureWith();
    expect(capture.snapshotsNeeded).toBe(false);
    look([{ ...read, state: "pending" }]);
    finish(read);
    look([read]);
    look([read, { url: `${API}/new`, started: T0 + 2, state: 200 }]);
    // Listed by the latest snapshot only: onRequestFinished may still come.
    expect(capture.snapshotsNeeded).toBe(false);
    finish({ url: `${API}/new`, started: T0 + 2, state: 200 });
    look([read]);
    expect(capture.snapshotsNeeded).toBe(false);
  });

  it("needs them once a response a snapshot listed stays unfinished a whole snapshot later (a body never read)", () => {
    const { capture, look, finish } = captureWith();
    look([unread]);
    expect(capture.snapshotsNeeded).toBe(false);
    look([unread]);
    expect(capture.snapshotsNeeded).toBe(true);
    // A late onRequestFinished settles it; so does a clear.
    finish(unread);
    expect(capture.snapshotsNeeded).toBe(false);
    look([unread, { url: `${API}/slow`, started: T0 + 3, state: "pending" }]);
    look([unread, { url: `${API}/slow`, started: T0 + 3, state: "pending" }]);
    expect(capture.snapshotsNeeded).toBe(true);
    capture.clear(T0 + 10);
    expect(capture.snapshotsNeeded).toBe(false);
  });
});
