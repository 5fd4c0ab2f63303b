import { readFileSync } from "node:fs";
import type { CaptureChange } from "../../../src/core/capture";
import { LiveCapture, type LiveCaptureOptions } from "../../../src/core/capture";
import type { RequestRecord } from "../../../src/core/model";
import { statusLabel } from "../../../src/core/model";

/** What scripts/record-capture.js saw in the devtools page of real Chromium, in order. */
export type RecordedEvent =
  | { type: "har"; askedAt: number; answeredAt: number; entries: number[] }
  | { type: "finished"; entry: number }
  | { type: "navigated"; url: string; at: number };

export interface Recording {
  recordedWith: string;
  origin: string;
  serverLog: { origin: string; method: string; path: string; status: number | "aborted" }[];
  entries: HarLike[];
  events: RecordedEvent[];
}

export interface HarLike {
  startedDateTime: string;
  _resourceType: string;
  request: { method: string; url: string };
  response: { status: number; _error: string | null };
}

export function loadRecording(name: string): Recording {
  return JSON.parse(readFileSync(`tests/fixtures/capture/${name}.json`, "utf8"));
}

const noBody = () => Promise.resolve("");

/** Feeds one event to the capture as the devtools page would, reading snapshots `slice` entries at a time. */
export function replayEvent(
  capture: LiveCapture,
  recording: Recording,
  event: RecordedEvent,
  slice = 7,
): void {
  if (event.type === "finished") capture.addFinished(structuredClone(recording.entries[event.entry]), noBody);
  else if (event.type === "navigated") capture.navigated(event.url);
  else {
    const entries = event.entries.map((i) => structuredClone(recording.entries[i]));
    const job = capture.snapshot(entries, event.answeredAt);
    while (!job.step(slice)) {}
  }
}

/** A capture after the whole recording, with every change it announced. */
export function replay(name: string, options: Partial<LiveCaptureOptions> = {}) {
  const recording = loadRecording(name);
  const capture = new LiveCapture({ preserveLog: () => false, ...options });
  const changes: CaptureChange[] = [];
  capture.subscribe((change) => changes.push(change));
  for (const event of recording.events) replayEvent(capture, recording, event);
  return { recording, capture, changes };
}

/** A row as the compare with DevTools' log sees it: method, URL and status, or the panel's label for none. */
export const rowKey = (record: RequestRecord): string =>
  `${record.method} ${record.url} ${record.status || statusLabel(record).code}`;

export const entryKey = (entry: HarLike, label = String(entry.response.status)): string =>
  `${entry.request.method} ${entry.request.url} ${label}`;

/** The last getHAR snapshot of a recording: what DevTools listed when the recording ended. */
export function lastSnapshot(recording: Recording): HarLike[] {
  const snapshots = recording.events.filter((e) => e.type === "har");
  const last = snapshots[snapshots.length - 1];
  return (last?.entries ?? []).map((i) => recording.entries[i] as HarLike);
}

export const sorted = (keys: Iterable<string>) => [...keys].sort();
