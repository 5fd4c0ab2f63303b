import { describe, expect, it } from "vitest";
import { rateLimitHints } from "../../../src/core/hints/rate-limit-hints";
import { type RecordOverrides, recordWith } from "../record-builder";

const now = new Date("2026-11-25T13:02:28Z");

describe("rateLimitHints", () => {
  it.each<[string, RecordOverrides, string[]]>([
    [
      "429 with the IETF fields",
      {
        status: 429,
        responseHeaders: { RateLimit: '"default";r=0;t=42', "RateLimit-Policy": '"default";q=100;w=60' },
      },
      ["Rate limit “default” (RateLimit): 0 of 100 left per 60 s; resets in 42 s, at 14:03:10 (UTC+01:00)."],
    ],
    [
      "403 with GitHub's headers",
      {
        status: 403,
        responseHeaders: {
          "X-RateLimit-Limit": "60",
          "X-RateLimit-Remaining": "0",
          "X-RateLimit-Reset": String(now.getTime() / 1000 + 42),
          "X-RateLimit-Resource": "core",
        },
      },
      ["Rate limit “core” (X-RateLimit-*): 0 of 60 left; resets in 42 s, at 14:03:10 (UTC+01:00)."],
    ],
    [
      "200 with quota left stays quiet",
      { status: 200, responseHeaders: { "X-RateLimit-Limit": "60", "X-RateLimit-Remaining": "59" } },
      [],
    ],
    [
      "200 with the quota used up",
      { status: 200, responseHeaders: { "X-RateLimit-Remaining": "0" } },
      ["Rate limit (X-RateLimit-*): 0 left."],
    ],
    ["429 with garbage", { status: 429, responseHeaders: { "X-RateLimit-Remaining": "many" } }, []],
  ])("%s", (_name, overrides, expected) => {
    expect(rateLimitHints(recordWith(overrides), now, 60).map((h) => h.text)).toEqual(expected);
  });
});
