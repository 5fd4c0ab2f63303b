import { describe, expect, it } from "vitest";
import { retryAfterHints } from "../../../src/core/hints/retry-after-hints";
import { recordWith } from "../record-builder";

const now = new Date("2026-11-25T13:02:28Z");

describe("retryAfterHints", () => {
  it.each<[string | undefined, number, string[]]>([
    ["42", 60, ["Retry in 42 s, at 14:03:10 (UTC+01:00)."]],
    ["Wed, 25 Nov 2026 13:03:10 GMT", -300, ["Retry in 42 s, at 08:03:10 (UTC-05:00)."]],
    ["3600", 0, ["Retry in 3600 s (about 1 h), at 14:02:28 (UTC+00:00)."]],
    [
      "Wed, 25 Nov 2026 12:00:00 GMT",
      0,
      ["Retry-After names a time already past (12:00:00 (UTC+00:00)): retrying now is allowed."],
    ],
    ["soon", 0, ["Retry-After “soon” is neither seconds nor an HTTP-date; clients will ignore it."]],
    [undefined, 0, []],
  ])("%j at offset %i", (value, offset, expected) => {
    const record = recordWith({
      status: 429,
      responseHeaders: value === undefined ? {} : { "Retry-After": value },
    });
    expect(retryAfterHints(record, now, offset).map((h) => h.text)).toEqual(expected);
  });
});
