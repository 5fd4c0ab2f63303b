import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { originOf, resolveUrl, splitUrl } from "../../../src/core/http/url-parts";

describe("originOf", () => {
  it.each<[string, string | undefined]>([
    ["https://Example.COM/a?b#c", "https://example.com"],
    ["https://example.com:443/", "https://example.com"],
    ["http://example.com:8080", "http://example.com:8080"],
    ["http://user:pw@example.com:80/x", "http://example.com"],
    ["http://[::1]:3000/", "http://[::1]:3000"],
    ["data:text/plain,hi", undefined],
    ["/relative", undefined],
    ["", undefined],
    ["http://exa mple.com:12ab/", undefined],
  ])("%j → %s", (url, expected) => {
    expect(originOf(url)).toBe(expected);
  });
});

describe("resolveUrl (RFC 3986 §5.2, §5.4 examples)", () => {
  const base = "http://a/b/c/d;p?q";
  it.each<[string, string]>([
    ["g:h", "g:h"],
    ["g", "http://a/b/c/g"],
    ["./g", "http://a/b/c/g"],
    ["g/", "http://a/b/c/g/"],
    ["/g", "http://a/g"],
    ["//g", "http://g"],
    ["?y", "http://a/b/c/d;p?y"],
    ["g?y", "http://a/b/c/g?y"],
    ["#s", "http://a/b/c/d;p?q"],
    ["", "http://a/b/c/d;p?q"],
    [".", "http://a/b/c/"],
    ["./", "http://a/b/c/"],
    ["..", "http://a/b/"],
    ["../", "http://a/b/"],
    ["../g", "http://a/b/g"],
    ["../..", "http://a/"],
    ["../../g", "http://a/g"],
    ["../../../g", "http://a/g"],
    ["/./g", "http://a/g"],
    ["g/../h", "http://a/b/c/h"],
  ])("%j → %s", (reference, expected) => {
    expect(resolveUrl(reference, base)).toBe(expected);
  });

  it("needs an absolute base", () => {
    expect(resolveUrl("/x", "not a url")).toBeUndefined();
  });

  it("never throws", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (reference, base) => {
        resolveUrl(reference, base);
        splitUrl(base);
        const origin = originOf(base);
        if (origin !== undefined) expect(origin).toMatch(/^[a-z][a-z0-9+.-]*:\/\/[^/]+$/);
      }),
    );
  });
});
