import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRateLimits, type RateLimit, rateLimitHints } from "../../../src/core/hints/rate-limit-hints";
import { headersOf, type RecordOverrides, recordWith } from "../record-builder";

const now = new Date("2026-11-25T14:02:28Z");
const nowSeconds = now.getTime() / 1000;

describe("parseRateLimits", () => {
  it.each<[string, Record<string, string>, RateLimit[]]>([
    [
      "IETF draft structured form",
      { RateLimit: '"default";r=0;t=42', "RateLimit-Policy": '"default";q=100;w=60' },
      [
        {
          source: "RateLimit",
          policy: "default",
          limit: 100,
          remaining: 0,
          resetSeconds: 42,
          windowSeconds: 60,
        },
      ],
    ],
    [
      "two policies",
      {
        RateLimit: '"burst";r=3;t=1, "day";r=900;t=3600',
        "RateLimit-Policy": '"burst";q=10;w=1, "day";q=1000;w=86400',
      },
      [
        { source: "RateLimit", policy: "burst", limit: 10, remaining: 3, resetSeconds: 1, windowSeconds: 1 },
        {
          source: "RateLimit",
          policy: "day",
          limit: 1000,
          remaining: 900,
          resetSeconds: 3600,
          windowSeconds: 86400,
        },
      ],
    ],
    [
      "older dictionary form",
      { RateLimit: "limit=100, remaining=50, reset=30" },
      [{ source: "RateLimit", limit: 100, remaining: 50, resetSeconds: 30 }],
    ],
    [
      "older separate headers",
      {
        "RateLimit-Limit": "100",
        "RateLimit-Remaining": "0",
        "RateLimit-Reset": "30",
        "RateLimit-Policy": "100;w=60",
      },
      [{ source: "RateLimit-*", limit: 100, remaining: 0, resetSeconds: 30 }],
    ],
    [
      "X-RateLimit with an epoch reset (GitHub)",
      {
        "X-RateLimit-Limit": "60",
        "X-RateLimit-Remaining": "0",
        "X-RateLimit-Reset": String(nowSeconds + 600),
        "X-RateLimit-Resource": "core",
      },
      [{ source: "X-RateLimit-*", policy: "core", limit: 60, remaining: 0, resetSeconds: 600 }],
    ],
    [
      "X-RateLimit with an epoch in milliseconds",
      { "x-ratelimit-remaining": "5", "x-ratelimit-reset": String(now.getTime() + 90_000) },
      [{ source: "X-RateLimit-*", remaining: 5, resetSeconds: 90 }],
    ],
    [
      "X-RateLimit-Reset-After (seconds, decimals)",
      { "X-RateLimit-Remaining": "0", "X-RateLimit-Reset-After": "1.5" },
      [{ source: "X-RateLimit-*", remaining: 0, resetSeconds: 2 }],
    ],
    [
      "X-Rate-Limit",
      { "X-Rate-Limit-Limit": "15", "X-Rate-Limit-Remaining": "14" },
      [{ source: "X-Rate-Limit-*", limit: 15, remaining: 14 }],
    ],
    [
      "limit with a window",
      { "X-RateLimit-Limit": "100, 100;w=60" },
      [{ source: "X-RateLimit-*", limit: 100, windowSeconds: 60 }],
    ],
    ["garbage", { "X-RateLimit-Limit": "lots", "X-RateLimit-Remaining": "-1", RateLimit: "???" }, []],
    ["none", {}, []],
  ])("%s", (_name, headers, expected) => {
    expect(parseRateLimits(headersOf(headers), now)).toEqual(expected);
  });

  it("never throws and returns only finite, non-negative numbers", () => {
    const name = fc.constantFrom(
      "RateLimit",
      "RateLimit-Policy",
      "RateLimit-Reset",
      "X-RateLimit-Limit",
      "X-RateLimit-Remaining",
      "X-RateLimit-Reset",
      "X-RateLimit-Reset-After",
    );
    const value = fc.oneof(
      fc.string(),
      fc.bigInt().map(String),
      fc.double().map(String),
      fc.stringMatching(/^[a-z0-9"=;,. -]{0,24}$/),
    );
    fc.assert(
      fc.property(fc.array(fc.record({ name, value })), (headers) => {
        for (const limit of parseRateLimits(headers, now)) {
          for (const n of [limit.limit, limit.remaining, limit.resetSeconds, limit.windowSeconds]) {
            if (n !== undefined) expect(Number.isFinite(n) && n >= 0).toBe(true);
          }
        }
      }),
    );
  });
});

const hintNow = new Date("2026-11-25T13:02:28Z");

describe("rateLimitHints", () => {
  it.each<[string, RecordOverrides, string[]]>([
    [
      "429 with the IETF fields",
      {
        status: 429,
        responseHeaders: { RateLimit: '"default";r=0;t=42', "RateLimit-Policy": '"default";q=100;w=60' },
      },
      [
        "Rate limit “default” (RateLimit): 0 of 100 left per 60 s; resets 42 s after the response, at 14:03:10 (UTC+01:00).",
      ],
    ],
    [
      "403 with GitHub's headers",
      {
        status: 403,
        responseHeaders: {
          "X-RateLimit-Limit": "60",
          "X-RateLimit-Remaining": "0",
          "X-RateLimit-Reset": String(hintNow.getTime() / 1000 + 42),
          "X-RateLimit-Resource": "core",
        },
      },
      [
        "Rate limit “core” (X-RateLimit-*): 0 of 60 left; resets 42 s after the response, at 14:03:10 (UTC+01:00).",
      ],
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
    expect(rateLimitHints(recordWith(overrides), hintNow, 60).map((h) => h.text)).toEqual(expected);
  });
});
