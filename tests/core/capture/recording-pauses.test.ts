import { describe, expect, it } from "vitest";
import { type CaptureChange, LiveCapture } from "../../../src/core/capture";
import { type EntrySpec, harEntry } from "./har-entry";

const T0 = Date.parse("2026-12-01T10:00:00.000Z");
const API = "https://app.test/api";
const noBody = () => Promise.resolve("");

function pausable() {
  const capture = new LiveCapture({ preserveLog: () => false });
  const changes: CaptureChange[] = [];
  capture.subscribe((change) => changes.push(change));
  // DevTools' log keeps every request: each look hands over all of them again, as getHAR does.
  const log: EntrySpec[] = [];
  const look = (...specs: EntrySpec[]) => {
    log.push(...specs);
    const job = capture.snapshot(log.map(harEntry), T0 + 60_000);
    while (!job.step(100)) {}
  };
  const listed = () => capture.records().map((r) => `${r.path} ${r.pending ? "pending" : r.status}`);
  return { capture, changes, look, listed };
}

describe("live capture: pausing recording, as the Network panel's record button", () => {
  it("lists nothing that started while paused, not even after resuming, and lists what starts after", () => {
    const { capture, look, listed } = pausable();
    look({ url: `${API}/before`, started: T0, state: 200 });
    capture.setRecording(false, T0 + 1_000);
    look({ url: `${API}/while-paused`, started: T0 + 2_000, state: 500 });
    capture.addFinished(
      harEntry({ url: `${API}/finished-while-paused`, started: T0 + 3_000, state: 404 }),
      noBody,
    );
    expect(listed()).toEqual(["/api/before 200"]);

    capture.setRecording(true, T0 + 4_000);
    look({ url: `${API}/after`, started: T0 + 5_000, state: 201 });
    expect(listed()).toEqual(["/api/before 200", "/api/after 201"]);
  });

  it("still answers a request listed before the pause", () => {
    const { capture, look, listed } = pausable();
    look({ url: `${API}/slow`, started: T0, state: "pending" });
    capture.setRecording(false, T0 + 1_000);
    capture.addFinished(harEntry({ url: `${API}/slow`, started: T0, state: 503 }), noBody);
    expect(listed()).toEqual(["/api/slow 503"]);
  });

  it("says whether it records, tells listeners when that changes, and only then", () => {
    const { capture, changes } = pausable();
    expect(capture.recording).toBe(true);
    capture.setRecording(false, T0);
    expect(capture.recording).toBe(false);
    expect(changes).toHaveLength(1);
    capture.setRecording(false, T0 + 1);
    expect(changes).toHaveLength(1);
    capture.setRecording(true, T0 + 2);
    expect(capture.recording).toBe(true);
    expect(changes).toHaveLength(2);
  });

  it("stays paused through a Clear", () => {
    const { capture, look, listed } = pausable();
    capture.setRecording(false, T0);
    capture.clear(T0 + 1_000);
    look({ url: `${API}/after-clear`, started: T0 + 2_000, state: 200 });
    expect(capture.recording).toBe(false);
    expect(listed()).toEqual([]);
  });
});
