import { describe, expect, it } from "vitest";
import { headerFieldsOf } from "../../../src/core/har/har-headers";

describe("headerFieldsOf", () => {
  it.each([
    {
      why: "HAR array, order, case and duplicates kept",
      input: [
        { name: "Set-Cookie", value: "a" },
        { name: "set-cookie", value: "b" },
      ],
      want: [
        ["Set-Cookie", "a"],
        ["set-cookie", "b"],
      ],
    },
    {
      why: "HTTP/2 pseudo-headers kept",
      input: [{ name: ":status", value: "200" }],
      want: [[":status", "200"]],
    },
    { why: "missing value becomes empty", input: [{ name: "X-Empty" }], want: [["X-Empty", ""]] },
    {
      why: "numeric value as text",
      input: [{ name: "Content-Length", value: 42 }],
      want: [["Content-Length", "42"]],
    },
    {
      why: "nameless and non-object items dropped",
      input: [{ value: "x" }, { name: "  " }, "Accept: */*", null],
      want: [],
    },
    {
      why: "object map, arrays for repeats",
      input: { Accept: "*/*", Vary: ["Origin", "Accept"], " ": "x", Bad: { a: 1 } },
      want: [
        ["Accept", "*/*"],
        ["Vary", "Origin"],
        ["Vary", "Accept"],
      ],
    },
    { why: "anything else is no headers", input: "Accept: */*", want: [] },
    { why: "undefined", input: undefined, want: [] },
  ])("$why", ({ input, want }) => {
    expect(headerFieldsOf(input).map((h) => [h.name, h.value])).toEqual(want);
  });
});
