import { describe, expect, it } from "vitest";
import { redirectHints } from "../../../src/core/hints/redirect-hints";
import { type RecordOverrides, recordWith } from "../record-builder";

describe("redirectHints", () => {
  it.each<[string, RecordOverrides, string[]]>([
    [
      "plain same-origin absolute redirect",
      { status: 302, responseHeaders: { Location: "https://example.com/next" } },
      [],
    ],
    [
      "relative Location",
      { status: 301, url: "https://example.com/a/b", responseHeaders: { Location: "../c?x=1" } },
      ["Location is relative (../c?x=1); it resolves to https://example.com/c?x=1."],
    ],
    [
      "missing Location",
      { status: 307 },
      ["No Location header: a 307 without one leaves the browser nowhere to go."],
    ],
    ["300 may omit Location", { status: 300 }, []],
    ["redirectURL stands in for Location", { status: 302, redirectURL: "https://example.com/x" }, []],
    [
      "https → http downgrade across origins",
      {
        status: 302,
        url: "https://example.com/login",
        responseHeaders: { Location: "http://example.com/home" },
      },
      [
        "Downgrade: this HTTPS request is redirected to plain HTTP (http://example.com/home).",
        "Cross-origin hop: https://example.com → http://example.com.",
      ],
    ],
    [
      "cross-origin hop",
      {
        status: 302,
        url: "https://app.example.com/",
        responseHeaders: { Location: "https://sso.example.org/auth" },
      },
      ["Cross-origin hop: https://app.example.com → https://sso.example.org."],
    ],
    [
      "POST turned into GET by 302",
      { status: 302, method: "POST", responseHeaders: { Location: "/done" } },
      [
        "Location is relative (/done); it resolves to https://example.com/done.",
        "Browsers follow a 302 to a POST with a GET and drop the body (RFC 9110 §15.4.3); 307 or 308 keep POST.",
      ],
    ],
    [
      "PUT turned into GET by 303",
      { status: 303, method: "PUT", responseHeaders: { Location: "https://example.com/item/1" } },
      ["303 makes the next request a GET: this PUT's body is not sent again (RFC 9110 §15.4.4)."],
    ],
    [
      "307 keeps POST",
      { status: 307, method: "POST", responseHeaders: { Location: "https://example.com/x" } },
      [],
    ],
    [
      "redirect to itself",
      {
        status: 302,
        url: "https://example.com/loop",
        responseHeaders: { Location: "https://example.com/loop" },
      },
      ["Location points back to this same URL: a redirect loop."],
    ],
    ["304 is not a redirect", { status: 304 }, []],
    [
      "garbage Location gives no hint",
      { status: 302, url: "data:,x", responseHeaders: { Location: "%%%" } },
      [],
    ],
  ])("%s", (_name, overrides, expected) => {
    expect(redirectHints(recordWith(overrides)).map((h) => h.text)).toEqual(expected);
  });
});
