import { describe, expect, it } from "vitest";
import { initiatorLocationOf, initiatorUrlOf } from "../../../src/core/har/initiator-url";

describe("initiatorUrlOf", () => {
  it.each([
    {
      why: "parser initiator",
      input: { type: "parser", url: "https://a.test/", lineNumber: 7 },
      want: "https://a.test/",
    },
    {
      why: "script stack, first frame with a URL",
      input: { type: "script", stack: { callFrames: [{ url: "" }, { url: "https://a.test/app.js" }] } },
      want: "https://a.test/app.js",
    },
    {
      why: "async stack in the parent",
      input: {
        type: "script",
        stack: {
          callFrames: [],
          parent: { description: "Promise.then", callFrames: [{ url: "https://a.test/p.js" }] },
        },
      },
      want: "https://a.test/p.js",
    },
    { why: "other", input: { type: "other" }, want: undefined },
    { why: "a plain string", input: " https://a.test/x.js ", want: "https://a.test/x.js" },
    { why: "garbage", input: [1, 2], want: undefined },
  ])("$why", ({ input, want }) => {
    expect(initiatorUrlOf(input)).toBe(want);
  });

  it("stops on a deep or cyclic parent chain", () => {
    const stack: { callFrames: never[]; parent?: unknown } = { callFrames: [] };
    stack.parent = stack;
    expect(initiatorUrlOf({ type: "script", stack })).toBeUndefined();
  });
});

describe("initiatorLocationOf", () => {
  it.each([
    {
      why: "a parser initiator's line",
      input: { type: "parser", url: "https://a.test/", lineNumber: 7 },
      want: { url: "https://a.test/", line: 7 },
    },
    {
      why: "the line of the first stack frame with a URL (Chromium's fetch from a script)",
      input: {
        type: "script",
        stack: {
          callFrames: [
            { url: "", lineNumber: 3 },
            { url: "https://a.test/app.js", lineNumber: 26 },
          ],
        },
      },
      want: { url: "https://a.test/app.js", line: 26 },
    },
    {
      why: "no line when the HAR gives none, or a bad one",
      input: { type: "parser", url: "https://a.test/", lineNumber: -1 },
      want: { url: "https://a.test/" },
    },
    { why: "a plain string has no line", input: "https://a.test/x.js", want: { url: "https://a.test/x.js" } },
  ])("$why", ({ input, want }) => {
    expect(initiatorLocationOf(input)).toEqual(want);
  });
});
