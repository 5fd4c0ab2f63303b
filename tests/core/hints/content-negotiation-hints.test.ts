import { describe, expect, it } from "vitest";
import { contentNegotiationHints } from "../../../src/core/hints/content-negotiation-hints";
import { type RecordOverrides, recordWith } from "../record-builder";

describe("contentNegotiationHints", () => {
  it.each<[string, RecordOverrides, string[]]>([
    [
      "406 names what was asked for",
      { status: 406, requestHeaders: { Accept: "application/xml", "Accept-Language": "fr" } },
      ["No representation matches Accept: application/xml; Accept-Language: fr."],
    ],
    [
      "406 without Accept",
      { status: 406 },
      ["This request sent no Accept header, so any type should have done."],
    ],
    [
      "415 with what the server takes",
      {
        status: 415,
        method: "POST",
        requestHeaders: { "Content-Type": "text/plain" },
        responseHeaders: { "Accept-Post": "application/json" },
      },
      ["This request sent Content-Type: text/plain; the server takes Accept-Post: application/json."],
    ],
    [
      "415 with the body's MIME type and an encoding",
      {
        status: 415,
        method: "POST",
        requestBody: { mimeType: "application/json", text: "{}" },
        requestHeaders: { "Content-Encoding": "br" },
        responseHeaders: { "Accept-Encoding": "gzip" },
      },
      [
        "This request sent Content-Type: application/json (Content-Encoding: br); the server takes Accept-Encoding: gzip.",
      ],
    ],
    ["415 without Content-Type", { status: 415, method: "POST" }, ["This request sent no Content-Type."]],
    ["other statuses say nothing", { status: 400, requestHeaders: { Accept: "x/y" } }, []],
  ])("%s", (_name, overrides, expected) => {
    expect(contentNegotiationHints(recordWith(overrides)).map((h) => h.text)).toEqual(expected);
  });
});
