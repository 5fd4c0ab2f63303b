import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalUrl, originOf, parseUrl, resolveUrl, schemeOf } from "../../../src/core/http";

describe("originOf, as the browser serializes an origin", () => {
  it.each<[string, string | undefined]>([
    ["https://Example.COM/a?b#c", "https://example.com"],
    ["https://example.com:443/", "https://example.com"],
    ["http://example.com:8080", "http://example.com:8080"],
    ["http://user:pw@example.com:80/x", "http://example.com"],
    ["http://[::1]:3000/", "http://[::1]:3000"],
    // Where a hand-written parser drifts from the browser: IDN hosts, IPv4 shorthands, ws default ports.
    ["https://münchen.de/", "https://xn--mnchen-3ya.de"],
    ["http://0x7f.1/", "http://127.0.0.1"],
    ["ws://chat.example:80/socket", "ws://chat.example"],
    ["blob:https://app.example/1234", "https://app.example"],
    ["data:text/plain,hi", undefined],
    ["file:///etc/hosts", undefined],
    ["/relative", undefined],
    ["", undefined],
    ["http://exa mple.com:12ab/", undefined],
  ])("%j → %s", (url, expected) => {
    expect(originOf(url)).toBe(expected);
  });
});

describe("resolveUrl (the RFC 3986 §5.4 examples, which the URL standard keeps)", () => {
  const base = "http://a/b/c/d;p?q";
  it.each<[string, string]>([
    ["g", "http://a/b/c/g"],
    ["./g", "http://a/b/c/g"],
    ["g/", "http://a/b/c/g/"],
    ["/g", "http://a/g"],
    ["//g", "http://g/"],
    ["?y", "http://a/b/c/d;p?y"],
    ["g?y", "http://a/b/c/g?y"],
    ["#s", "http://a/b/c/d;p?q"],
    ["", "http://a/b/c/d;p?q"],
    [".", "http://a/b/c/"],
    ["..", "http://a/b/"],
    ["../g", "http://a/b/g"],
    ["../../../g", "http://a/g"],
    ["/./g", "http://a/g"],
    ["g/../h", "http://a/b/c/h"],
    ["HTTPS://Other.example", "https://other.example/"],
  ])("%j → %s", (reference, expected) => {
    expect(resolveUrl(reference, base)).toBe(expected);
  });

  it("needs an absolute base for a relative reference", () => {
    expect(resolveUrl("/x", "not a url")).toBeUndefined();
  });

  it("never throws, and what it returns parses again to itself", () => {
    fc.assert(
      fc.property(fc.string(), fc.webUrl(), (reference, base) => {
        const resolved = resolveUrl(reference, base);
        if (resolved !== undefined) expect(resolveUrl(resolved, resolved)).toBe(resolved);
        const origin = originOf(base);
        if (origin !== undefined) expect(origin).toMatch(/^[a-z][a-z0-9+.-]*:\/\/[^/]+$/);
      }),
    );
  });
});

describe("schemeOf and canonicalUrl", () => {
  it("reads the scheme lower-cased, and nothing from text that is no URL", () => {
    expect(schemeOf(parseUrl("WSS://a.example/"))).toBe("wss");
    expect(schemeOf(parseUrl("no url"))).toBe("");
  });

  it("writes a URL the way the browser lists it, and leaves other text alone", () => {
    expect(canonicalUrl("HTTPS://A.example:443")).toBe("https://a.example/");
    expect(canonicalUrl("not a url")).toBe("not a url");
  });
});
