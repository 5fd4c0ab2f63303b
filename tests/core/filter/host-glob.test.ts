import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hostnameOf, matchesHostGlob } from "../../../src/core/filter/host-glob";
import { runs } from "../../fast-check-runs";

describe("hostnameOf", () => {
  it.each<[string, string]>([
    ["example.com:8080", "example.com"],
    ["example.com", "example.com"],
    ["[::1]:8080", "[::1]"],
    ["[::1]", "[::1]"],
    ["", ""],
  ])("%j → %j", (host, expected) => {
    expect(hostnameOf(host)).toBe(expected);
  });
});

describe("matchesHostGlob", () => {
  it.each<[string, string, boolean]>([
    ["example.com", "example.com", true],
    ["example.com", "api.example.com", false],
    ["*.example.com", "api.example.com", true],
    ["*.example.com", "a.b.example.com", true],
    ["*.example.com", "example.com", false],
    ["*cdn*", "static.cdn.net", true],
    ["a*b*c", "abc", true],
    ["a*b*c", "ac", false],
    ["a*a", "a", false],
    ["*", "", true],
    ["EXAMPLE.*", "example.org", true],
  ])("%j on %j → %s", (pattern, host, expected) => {
    expect(matchesHostGlob(pattern, host)).toBe(expected);
  });

  it("agrees with a regular-expression reading of the glob", () => {
    const text = fc.stringMatching(/^[ab.*]{0,8}$/);
    fc.assert(
      fc.property(text, fc.stringMatching(/^[ab.]{0,8}$/), (pattern, host) => {
        const regex = new RegExp(`^${pattern.replace(/\./g, "\\.").replace(/\*/g, ".*")}$`);
        expect(matchesHostGlob(pattern, host)).toBe(regex.test(host));
      }),
      { numRuns: runs(2000) },
    );
  });
});
