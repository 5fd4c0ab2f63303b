import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { originOf, urlPartsOf } from "../../../src/core/http";

/** What the WHATWG parser itself says, the reference the fast path must agree with. */
function whatwg(url: string) {
  try {
    const parsed = new URL(url);
    return { scheme: parsed.protocol.slice(0, -1), host: parsed.host, path: parsed.pathname + parsed.search };
  } catch {
    return undefined;
  }
}

// URLs near the plain shape, with the characters and shapes the parser rewrites mixed in.
const piece = fc.constantFrom(
  ..."aZ09-._~!$&'()*+,;=:@%/?#[]|\\ \"<>`{}^é".split(""),
  "%2e",
  "%2E",
  "..",
  "./",
  "xn--",
  "0x",
  ":443",
  ":80",
  ":8080",
  "//",
  "user@",
);
const part = fc
  .array(fc.oneof(piece, fc.stringMatching(/^[a-z0-9]{1,6}$/)), { maxLength: 8 })
  .map((p) => p.join(""));
const url = fc
  .tuple(fc.constantFrom("https://", "http://", "HTTPS://", "ftp://", "ws://", "data:", ""), part, part, part)
  .map(
    ([scheme, host, path, query]) => `${scheme}${host}${path ? `/${path}` : ""}${query ? `?${query}` : ""}`,
  );

describe("urlPartsOf", () => {
  it.each([
    ["https://api.example.com/v2/users/1?fields=a,b", "https", "api.example.com", "/v2/users/1?fields=a,b"],
    ["https://api.example.com", "https", "api.example.com", "/"],
    ["https://api.example.com?q=1", "https", "api.example.com", "/?q=1"],
    ["https://API.example.com:443/a/../b", "https", "api.example.com", "/b"],
    ["http://127.1:8080/x", "http", "127.0.0.1:8080", "/x"],
    ["https://a.com/x?", "https", "a.com", "/x"],
    ["https://a.com/%2e%2e/x", "https", "a.com", "/x"],
  ])("%s", (input, scheme, host, path) => {
    expect(urlPartsOf(input)).toEqual({ scheme, host, path });
  });

  it("is undefined for what does not parse", () => {
    expect(urlPartsOf("not a url")).toBeUndefined();
  });

  it("agrees with the WHATWG parser on any URL", () => {
    fc.assert(
      fc.property(url, (input) => {
        expect(urlPartsOf(input)).toEqual(whatwg(input));
      }),
    );
  });

  it("gives the WHATWG origin of any URL", () => {
    fc.assert(
      fc.property(url, (input) => {
        const origin = URL.canParse(input) ? new URL(input).origin : "null";
        expect(originOf(input)).toBe(origin === "null" ? undefined : origin);
      }),
    );
  });
});
