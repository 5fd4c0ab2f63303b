import { describe, expect, it } from "vitest";
import { sizeHints } from "../../../src/core/hints/size-hints";
import { type RecordOverrides, recordWith } from "../record-builder";

describe("sizeHints", () => {
  it.each<[string, RecordOverrides, string[]]>([
    [
      "413 with a known body size",
      { status: 413, method: "POST", requestBodySize: 12_894_203 },
      ["The request body was 12.3 MiB (12894203 bytes)."],
    ],
    [
      "413 measures the body text in UTF-8",
      {
        status: 413,
        method: "POST",
        requestBodySize: -1,
        requestBody: { mimeType: "text/plain", text: "é€😀" },
      },
      ["The request body was 9 bytes."],
    ],
    [
      "413 with Retry-After",
      { status: 413, requestBodySize: 2048, responseHeaders: { "Retry-After": "60" } },
      [
        "The request body was 2 KiB (2048 bytes). Retry-After says the limit is temporary (RFC 9110 §15.5.14).",
      ],
    ],
    ["413 with nothing known", { status: 413 }, []],
    [
      "431 names the largest header",
      {
        status: 431,
        requestHeadersSize: 17_000,
        requestHeaders: { Host: "example.com", Cookie: ["a=".padEnd(9000, "x"), "b=".padEnd(6000, "y")] },
      },
      ["The request headers were 16.6 KiB (17000 bytes); the largest is Cookie at 14.7 KiB (15020 bytes)."],
    ],
    [
      "431 without a measured size adds the fields up",
      { status: 431, requestHeaders: { Host: "a.b", "X-Big": "z".repeat(100) } },
      ["The request headers were 120 bytes; the largest is X-Big at 109 bytes."],
    ],
  ])("%s", (_name, overrides, expected) => {
    expect(sizeHints(recordWith(overrides)).map((h) => h.text)).toEqual(expected);
  });
});
