import { describe, expect, it } from "vitest";
import { conditionalHints, parseEntityTags } from "../../../src/core/hints/conditional-hints";
import { type RecordOverrides, recordWith } from "../record-builder";

describe("parseEntityTags (RFC 9110 §8.8.3)", () => {
  it.each<[string, string[]]>([
    ['"a", W/"b"', ['"a"', 'W/"b"']],
    [" * ", ["*"]],
    ["garbage", []],
  ])("%j", (value, expected) => {
    expect(parseEntityTags(value)).toEqual(expected);
  });
});

describe("conditionalHints", () => {
  it.each<[string, RecordOverrides, string[]]>([
    [
      "304 matched by If-None-Match (weak comparison)",
      { status: 304, requestHeaders: { "If-None-Match": 'W/"v1"' }, responseHeaders: { ETag: '"v1"' } },
      ['If-None-Match W/"v1" matches the ETag "v1": the cached copy is still current.'],
    ],
    [
      "304 whose ETag does not match",
      { status: 304, requestHeaders: { "If-None-Match": '"v1"' }, responseHeaders: { ETag: '"v2"' } },
      ['If-None-Match "v1" does not match the ETag "v2", yet the server said 304.'],
    ],
    [
      "304 by date",
      {
        status: 304,
        requestHeaders: { "If-Modified-Since": "Wed, 25 Nov 2026 10:00:00 GMT" },
        responseHeaders: { "Last-Modified": "Tue, 24 Nov 2026 08:00:00 GMT" },
      },
      [
        "If-Modified-Since Wed, 25 Nov 2026 10:00:00 GMT; Last-Modified Tue, 24 Nov 2026 08:00:00 GMT: not modified since, the cached copy is still current.",
      ],
    ],
    [
      "304 unasked",
      { status: 304 },
      ["304 to a request without If-None-Match or If-Modified-Since: nothing asked for a revalidation."],
    ],
    [
      "412 with a weak If-Match",
      {
        status: 412,
        method: "PUT",
        requestHeaders: { "If-Match": 'W/"v1"' },
        responseHeaders: { ETag: 'W/"v1"' },
      },
      ['If-Match sends the weak tag W/"v1"; If-Match compares strongly, so weak tags never match.'],
    ],
    [
      "412 lost update",
      {
        status: 412,
        method: "PUT",
        requestHeaders: { "If-Match": '"v1"' },
        responseHeaders: { ETag: '"v2"' },
      },
      ['If-Match "v1" failed; the current ETag is "v2": the resource changed since it was read.'],
    ],
    [
      "412 create-only",
      { status: 412, method: "PUT", requestHeaders: { "If-None-Match": "*" } },
      ["If-None-Match * matched on a PUT: the resource already exists."],
    ],
    ["200 says nothing", { status: 200, requestHeaders: { "If-None-Match": '"v1"' } }, []],
  ])("%s", (_name, overrides, expected) => {
    expect(conditionalHints(recordWith(overrides)).map((h) => h.text)).toEqual(expected);
  });
});
