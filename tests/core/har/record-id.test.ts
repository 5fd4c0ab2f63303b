import { describe, expect, it } from "vitest";
import { occurrenceIdOf, recordIdOf } from "../../../src/core/har/record-id";

const base = { startedDateTime: "2026-11-25T10:00:00.000Z", method: "GET", url: "https://a.test/x" };

describe("recordIdOf", () => {
  it("depends only on start time, method and URL", () => {
    expect(recordIdOf(base)).toBe(recordIdOf({ ...base }));
    expect(recordIdOf({ ...base, method: "POST" })).not.toBe(recordIdOf(base));
    expect(recordIdOf({ ...base, startedDateTime: "2026-11-25T10:00:00.001Z" })).not.toBe(recordIdOf(base));
  });

  it("keeps long keys (data: URLs) short but distinct", () => {
    const long = (tail: string) =>
      recordIdOf({ ...base, url: `data:text/plain,${"x".repeat(100_000)}${tail}` });
    expect(long("a").length).toBeLessThan(300);
    expect(long("a")).not.toBe(long("b"));
    expect(long("a")).toBe(long("a"));
  });
});

describe("occurrenceIdOf", () => {
  it("keeps the key for the first request and numbers the next ones sharing it", () => {
    expect([1, 2, 3].map((n) => occurrenceIdOf("k", n))).toEqual(["k", "k #2", "k #3"]);
  });
});
