import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bodyTextOf, formParamsOf, isBinaryMime, prettyJson } from "../../../src/core/http";
import { runs } from "../../fast-check-runs";

describe("prettyJson", () => {
  it("indents by two spaces, keeping empty objects and arrays on one line", () => {
    expect(prettyJson('{"a":[1,{"b":null}],"c":{},"d":[]}')).toBe(
      '{\n  "a": [\n    1,\n    {\n      "b": null\n    }\n  ],\n  "c": {},\n  "d": []\n}',
    );
  });

  it("keeps numbers and escapes exactly as sent", () => {
    expect(prettyJson('{"id":12345678901234567890,"s":"a\\"}, [b\\u00e9"}')).toBe(
      '{\n  "id": 12345678901234567890,\n  "s": "a\\"}, [b\\u00e9"\n}',
    );
  });

  it("is undefined for text that is not JSON", () => {
    expect(prettyJson("<html>")).toBeUndefined();
    expect(prettyJson('{"a":')).toBeUndefined();
  });

  it("gives back the same value for any JSON, whatever its spacing", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 1, "\t"), (value, space) => {
        const text = JSON.stringify(value, null, space);
        const pretty = prettyJson(text);
        expect(pretty).toBeDefined();
        expect(JSON.parse(pretty as string)).toEqual(JSON.parse(text));
      }),
      { numRuns: runs(300) },
    );
  });
});

describe("bodyTextOf", () => {
  it.each([
    {
      mimeType: "application/problem+json",
      text: '{"a":1}',
      expected: { kind: "text", format: "json", text: '{\n  "a": 1\n}' },
    },
    {
      mimeType: "application/json; charset=utf-8",
      text: "[]",
      expected: { kind: "text", format: "json", text: "[]" },
    },
    { mimeType: "", text: ' {"a":1}', expected: { kind: "text", format: "json", text: '{\n  "a": 1\n}' } },
    {
      mimeType: "application/json",
      text: "not json",
      expected: { kind: "text", format: "text", text: "not json" },
    },
    {
      mimeType: "text/html",
      text: "<img src=x>",
      expected: { kind: "text", format: "text", text: "<img src=x>" },
    },
    { mimeType: "image/svg+xml", text: "<svg/>", expected: { kind: "text", format: "text", text: "<svg/>" } },
    { mimeType: "image/png", text: "iVBOR", expected: { kind: "binary" } },
    { mimeType: "application/octet-stream", text: "x", expected: { kind: "binary" } },
    { mimeType: "text/plain", text: "aGk=", encoding: "base64", expected: { kind: "binary" } },
  ])("$mimeType $text → $expected.kind", ({ expected, ...body }) => {
    expect(bodyTextOf(body)).toEqual(expected);
  });

  it("knows binary media types from text ones", () => {
    expect(["font/woff2", "video/mp4", "application/pdf", "image/webp"].every(isBinaryMime)).toBe(true);
    expect(
      ["text/css", "application/javascript", "image/svg+xml", "application/xml"].some(isBinaryMime),
    ).toBe(false);
  });
});

describe("formParamsOf", () => {
  it("decodes names and values, keeping a bad escape as it came", () => {
    expect(formParamsOf("q=two+words&e=a%40b.c&flag&bad=%E0%A4&")).toEqual([
      { name: "q", value: "two words" },
      { name: "e", value: "a@b.c" },
      { name: "flag", value: "" },
      { name: "bad", value: "%E0%A4" },
    ]);
  });
});
