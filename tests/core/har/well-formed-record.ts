import { expect } from "vitest";
import { BUCKETS, FAILURE_KINDS, type Problem, type RequestRecord } from "../../../src/core/model";

const STATUS_CLASS_BUCKETS = ["1xx", "2xx", "3xx", "4xx", "5xx"];

/** Shared check for fuzzers: every field of a record has its declared type, and its bucket agrees with its status. */
export function expectWellFormedRecord(r: RequestRecord, index: number): void {
  expect(r.index).toBe(index);
  expect(typeof r.id === "string" && r.id.length > 0).toBe(true);
  expect(r.url.length).toBeGreaterThan(0);
  expect(typeof r.method).toBe("string");
  expect(r.method).toBe(r.method.toUpperCase());
  expect(BUCKETS).toContain(r.bucket);
  expect(typeof r.status === "number" && !Number.isNaN(r.status)).toBe(true);
  // Failed exactly when a failure is named; a failure has no status; otherwise the status decides the bucket.
  expect(r.bucket === "failed").toBe(r.failure !== undefined);
  if (r.failure) {
    expect(FAILURE_KINDS).toContain(r.failure.kind);
    expect(r.status).toBe(0);
  } else if (Number.isInteger(r.status) && r.status >= 100 && r.status <= 599) {
    expect(r.bucket).toBe(`${Math.floor(r.status / 100)}xx`);
  } else {
    expect(r.bucket).toBe("nonstandard");
  }
  if (STATUS_CLASS_BUCKETS.includes(r.bucket)) expect(r.pending).toBeUndefined();
  for (const size of [r.requestHeadersSize, r.requestBodySize, r.responseBodySize, r.transferSize]) {
    expect(Number.isInteger(size) && size >= -1).toBe(true);
  }
  expect(r.timeMs === -1 || (Number.isFinite(r.timeMs) && r.timeMs >= 0)).toBe(true);
  for (const field of [...r.requestHeaders, ...r.responseHeaders]) {
    expect(typeof field.name === "string" && field.name.length > 0).toBe(true);
    expect(typeof field.value).toBe("string");
  }
  const texts = [r.startedDateTime, r.host, r.path, r.scheme, r.statusText, r.httpVersion, r.resourceType];
  for (const text of [...texts, r.redirectURL, r.responseMimeType, r.serverIPAddress]) {
    expect(typeof text).toBe("string");
  }
  if (r.fromCache !== undefined) expect(["memory", "disk"]).toContain(r.fromCache);
  for (const body of [r.requestBody, r.responseBody]) {
    if (body) expect([typeof body.mimeType, typeof body.text]).toEqual(["string", "string"]);
  }
  expect(() => JSON.stringify(r)).not.toThrow();
}

/** A problem names its entry once, then says what is wrong. */
export function expectWellFormedProblem(problem: Problem, index: number): void {
  expect(problem.index).toBe(index);
  expect(problem.message).toMatch(new RegExp(`^entry ${index}: \\S`));
  expect(problem.message).not.toMatch(new RegExp(`^entry ${index}: entry ${index}`, "i"));
}
