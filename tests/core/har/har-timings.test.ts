import { describe, expect, it } from "vitest";
import { timingsOf } from "../../../src/core/har";

describe("timingsOf", () => {
  it.each([
    {
      name: "keeps measured phases, drops -1 (does not apply)",
      timings: { blocked: 1.5, dns: -1, connect: 3, ssl: -1, send: 0, wait: 20, receive: 2 },
      expected: { blocked: 1.5, connect: 3, send: 0, wait: 20, receive: 2 },
    },
    {
      name: "ignores browser extras and odd values",
      timings: { _blocked_queueing: 4, wait: "7", receive: null, send: Number.NaN },
      expected: { wait: 7 },
    },
    { name: "is absent when nothing was measured", timings: { dns: -1, connect: -1 }, expected: undefined },
    { name: "is absent without a timings object", timings: "fast", expected: undefined },
  ])("$name", ({ timings, expected }) => {
    expect(timingsOf({ timings })).toEqual(expected);
  });
});
