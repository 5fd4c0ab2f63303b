import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatBytes, utf8Length } from "../../../src/core/http/byte-size";

describe("formatBytes / utf8Length", () => {
  it.each<[number, string]>([
    [0, "0 bytes"],
    [1023, "1023 bytes"],
    [1024, "1 KiB (1024 bytes)"],
    [1536, "1.5 KiB (1536 bytes)"],
    [5 * 1024 ** 3, "5 GiB (5368709120 bytes)"],
  ])("%i → %s", (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected);
  });

  it("counts UTF-8 bytes as Node's Buffer does for well-formed text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        expect(utf8Length(text)).toBe(Buffer.byteLength(text, "utf8"));
      }),
    );
  });
});
