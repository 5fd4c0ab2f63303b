import { describe, expect, it } from "vitest";
import { mixedContentHints } from "../../../src/core/hints/mixed-content-hints";
import { type RecordOverrides, recordWith } from "../record-builder";

describe("mixedContentHints", () => {
  it.each<[string, RecordOverrides, string | undefined, string[]]>([
    [
      "http image on an https page",
      { url: "http://cdn.example/a.png", resourceType: "image" },
      "https://app.example",
      [
        "Mixed content: an HTTPS page loaded http://cdn.example/a.png over http://; browsers block it or upgrade it to HTTPS.",
      ],
    ],
    [
      "blocked http fetch",
      {
        url: "http://api.example/x",
        status: 0,
        failure: { kind: "blocked", error: "net::ERR_BLOCKED_BY_CLIENT" },
      },
      "https://app.example",
      [
        "Mixed content: an HTTPS page requested http://api.example/x; browsers block plain http from secure pages.",
      ],
    ],
    [
      "ws from https",
      { url: "ws://live.example/socket", resourceType: "websocket", status: 101 },
      "https://app.example",
      [
        "Mixed content: an HTTPS page loaded ws://live.example/socket over ws://; browsers block it or upgrade it to HTTPS.",
      ],
    ],
    ["localhost is trustworthy", { url: "http://localhost:3000/api" }, "https://app.example", []],
    ["http page", { url: "http://cdn.example/a.png" }, "http://app.example", []],
    ["https resource", { url: "https://cdn.example/a.png" }, "https://app.example", []],
    ["unknown page", { url: "http://cdn.example/a.png" }, undefined, []],
  ])("%s", (_name, overrides, page, expected) => {
    expect(mixedContentHints(recordWith(overrides), page).map((h) => h.text)).toEqual(expected);
  });
});
