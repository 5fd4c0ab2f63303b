import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LiveCapture } from "../../src/core/capture";
import { harEntriesOf } from "../../src/devtools/har-entries";
import { contentGetterOf } from "../../src/devtools/response-content";
import { firefoxNetwork, firefoxRequest } from "./fake-devtools";

/** Firefox 153's own export of a page's traffic: its failures are status 0 with no `_error` and no headers. */
const entries: unknown[] = JSON.parse(
  readFileSync(new URL("../fixtures/har/firefox-capture.har", import.meta.url), "utf8"),
).log.entries;

const failedOf = (capture: LiveCapture) =>
  capture
    .records()
    .filter((record) => record.bucket === "failed")
    .map((record) => `${new URL(record.url).pathname} ${record.failure?.kind}`);

// /unreachable was refused and /slow aborted, but Firefox names neither: the kinds are the most its entries tell.
const FAILED = ["/data cors", "/unreachable cors", "/slow unknown"];

describe("live capture from Firefox's devtools API", () => {
  it("puts Firefox's failures in Failed from its getHAR, read as the snapshot loop reads it", async () => {
    const capture = new LiveCapture({ preserveLog: () => false });
    const job = capture.snapshot(await harEntriesOf(firefoxNetwork(entries)), Date.now());
    while (!job.step(500));
    expect(failedOf(capture)).toEqual(FAILED);
    expect(capture.counts()).toMatchObject({ "4xx": 3, failed: 3 });
  });

  it("does the same from onRequestFinished, and reads a body through Firefox's getContent", async () => {
    const capture = new LiveCapture({ preserveLog: () => false });
    for (const entry of entries)
      capture.addFinished(entry, contentGetterOf(firefoxRequest('{"detail":"bad"}', "application/json")));
    expect(failedOf(capture)).toEqual(FAILED);
    const unprocessable = capture.records().find((record) => record.status === 422);
    expect(await capture.contentOf(unprocessable?.id ?? "")?.()).toBe('{"detail":"bad"}');
  });
});

describe("a request Firefox's getHAR lists while it waits for its response", () => {
  const request = { method: "GET", url: "http://127.0.0.1:8077/slow", headers: [] };
  const startedDateTime = "2026-12-01T17:30:00.000+00:00";
  // As Firefox 153 lists it: no phases in `timings`, no `_securityState`, a bare content.
  const waiting = {
    startedDateTime,
    request,
    response: { status: 0, statusText: "", httpVersion: "", headers: [], content: { text: "" } },
    timings: {},
    time: 0,
  };
  // And once it has failed: every phase there, at 0.
  const failed = {
    ...waiting,
    response: { ...waiting.response, content: { mimeType: "", size: 0, encoding: "base64", text: "" } },
    timings: { blocked: 0, dns: 0, connect: 0, ssl: 0, send: 0, wait: 0, receive: 0 },
  };

  const snapshotOf = async (entry: unknown) => {
    const capture = new LiveCapture({ preserveLog: () => false });
    const job = capture.snapshot(await harEntriesOf(firefoxNetwork([entry])), Date.now());
    while (!job.step(500));
    return capture;
  };

  it("is pending, not failed", async () => {
    const capture = await snapshotOf(waiting);
    expect(capture.pending).toBe(1);
    expect(capture.counts().failed).toBe(0);
  });

  it("is failed once Firefox has timed it", async () => {
    const capture = await snapshotOf(failed);
    expect(capture.pending).toBe(0);
    expect(capture.counts().failed).toBe(1);
  });
});
