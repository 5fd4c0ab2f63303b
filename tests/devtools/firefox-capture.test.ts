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
