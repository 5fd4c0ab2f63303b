import { describe, expect, it } from "vitest";
import { firstHeaderValue, hasHeader, headerValue, headerValues } from "../../../src/core/http/header-value";
import { headersOf } from "../record-builder";

const headers = headersOf([
  { name: "Vary", value: "Accept" },
  { name: "content-type", value: "text/html" },
  { name: "VARY", value: "Origin" },
]);

describe("header lookup (RFC 9110 §5.1, §5.3)", () => {
  it.each<[string, string[], string | undefined, string | undefined]>([
    ["vary", ["Accept", "Origin"], "Accept, Origin", "Accept"],
    ["Content-Type", ["text/html"], "text/html", "text/html"],
    ["location", [], undefined, undefined],
  ])("%s", (name, all, joined, first) => {
    expect(headerValues(headers, name)).toEqual(all);
    expect(headerValue(headers, name)).toBe(joined);
    expect(firstHeaderValue(headers, name)).toBe(first);
    expect(hasHeader(headers, name)).toBe(all.length > 0);
  });
});
