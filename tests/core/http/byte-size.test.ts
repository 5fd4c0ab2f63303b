import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatBytes, formatSize, utf8Length } from "../../../src/core/http/byte-size";

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

describe("formatSize, as the Network panel's Size column", () => {
  it.each<[number, string]>([
    [0, "0 B"],
    [999, "999 B"],
    [1000, "1.0 kB"],
    [1234, "1.2 kB"],
    [99_949, "99.9 kB"],
    [99_950, "100 kB"],
    [345_600, "346 kB"],
    [999_499, "999 kB"],
    [999_500, "1.0 MB"],
    [12_345_678, "12.3 MB"],
    [2_500_000_000, "2500 MB"],
  ])("%i → %s", (bytes, expected) => {
    expect(formatSize(bytes)).toBe(expected);
  });

  it("never writes a rounded value that reaches the next unit", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 40 }), (bytes) => {
        expect(formatSize(bytes)).not.toMatch(/^(1000 B|100\.0 kB|1000 kB|100\.0 MB)$/);
      }),
    );
  });
});
