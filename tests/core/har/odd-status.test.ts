import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalizeEntry } from "../../../src/core/har/normalize-entry";
import { explainRecord } from "../../../src/core/hints/explain-record";
import type { RequestRecord } from "../../../src/core/model";
import { statusLabel, statusLine } from "../../../src/core/model";

function recordOf(entry: unknown): RequestRecord {
  const result = normalizeEntry(entry, 0);
  if (!result.ok) throw new Error(result.problem.message);
  return result.record;
}

/** A finished Chromium entry: `_error: null`, the headers the server sent, its status line. */
const finished = (response: object) => ({
  startedDateTime: "2026-12-01T10:00:00.000Z",
  time: 3.2,
  request: { method: "GET", url: "http://127.0.0.1:8079/raw/0", headers: [] },
  response: {
    status: 0,
    statusText: "Zero",
    httpVersion: "HTTP/1.1",
    headers: [{ name: "Content-Type", value: "text/plain" }],
    content: { size: 4, mimeType: "text/plain" },
    _error: null,
    ...response,
  },
});

describe("a status 0 the server sent", () => {
  it("is a finished, non-standard answer shown as the server wrote it, not (pending) or No response", () => {
    const record = recordOf(finished({}));
    expect(record).toMatchObject({ status: 0, statusText: "Zero", bucket: "nonstandard" });
    expect(record.pending).toBeUndefined();
    expect(record.failure).toBeUndefined();
    expect(statusLine(statusLabel(record))).toBe("0 Zero");
    expect(explainRecord(record)).toMatchObject({ name: "Not a valid HTTP status", code: 0 });
  });

  it("takes no name from the reference when the server sent no reason phrase", () => {
    const record = recordOf(finished({ statusText: "" }));
    expect(record.bucket).toBe("nonstandard");
    expect(statusLabel(record)).toEqual({ code: "0", text: "", source: "none" });
  });

  it("still reads a request in flight as pending: no headers, no HTTP version, no time (DevTools' getHAR)", () => {
    const fixture = JSON.parse(readFileSync("tests/fixtures/har/chromium-pending.json", "utf8"));
    const inFlight = fixture.getHAR[0];
    const record = recordOf(inFlight);
    expect(record.pending).toBe(true);
    expect(record.bucket).toBe("failed");
    expect(statusLabel(record).code).toBe("(pending)");
  });

  it("keeps a status 0 with a browser error in Failed, whatever headers came", () => {
    const record = recordOf(finished({ _error: "net::ERR_INVALID_HTTP_RESPONSE" }));
    expect(record).toMatchObject({ status: 0, bucket: "failed", failure: { kind: "network" } });
  });

  it("keeps Firefox's status 0 with nothing received (no _error field) in Failed", () => {
    const entry = finished({ statusText: "", httpVersion: "", headers: [], _error: undefined });
    expect(recordOf(entry)).toMatchObject({ status: 0, bucket: "failed", failure: { kind: "unknown" } });
  });
});

describe("a status that is not a finite integer in 0–999", () => {
  const overflow = JSON.parse(`{"status": 1${"0".repeat(400)}}`).status as number;

  it.each([
    { why: "a 400-digit number (JSON reads it as Infinity)", status: overflow, code: "Infinity" },
    { why: "400 digits as a string", status: `1${"0".repeat(400)}`, code: "Infinity" },
    { why: "1e9", status: 1e9, code: "1000000000" },
    { why: "1000", status: 1000, code: "1000" },
    { why: "fractional", status: 200.5, code: "200.5" },
  ])("$why is non-standard, shown as $code", ({ status, code }) => {
    const record = recordOf(finished({ status, statusText: "" }));
    expect(record.bucket).toBe("nonstandard");
    expect(record.failure).toBeUndefined();
    expect(statusLabel(record).code).toBe(code);
    expect(explainRecord(record).name).toBe("Not a valid HTTP status");
  });

  it("shortens a long reason phrase of a non-standard status", () => {
    const record = recordOf(finished({ status: 1e9, statusText: "x".repeat(5000) }));
    expect(statusLabel(record).text.length).toBeLessThan(300);
  });
});
