import { describe, expect, it } from "vitest";
import { resourceTypeOf } from "../../../src/core/har/resource-type";

describe("resourceTypeOf", () => {
  it.each([
    { declared: "XHR", scheme: "https", mime: "", dest: "", want: "xhr" },
    { declared: undefined, scheme: "wss", mime: "", dest: "", want: "websocket" },
    { declared: undefined, scheme: "https", mime: "application/json", dest: "document", want: "document" },
    { declared: undefined, scheme: "https", mime: "", dest: "style", want: "stylesheet" },
    { declared: undefined, scheme: "https", mime: "", dest: "empty", want: "fetch" },
    { declared: undefined, scheme: "https", mime: "", dest: "constructor", want: "other" },
    { declared: undefined, scheme: "https", mime: "text/html; charset=utf-8", dest: "", want: "document" },
    { declared: undefined, scheme: "https", mime: "text/javascript", dest: "", want: "script" },
    { declared: undefined, scheme: "https", mime: "image/avif", dest: "", want: "image" },
    { declared: undefined, scheme: "https", mime: "font/woff2", dest: "", want: "font" },
    { declared: undefined, scheme: "https", mime: "application/problem+json", dest: "", want: "fetch" },
    { declared: "  ", scheme: "https", mime: "", dest: "", want: "other" },
  ])("$declared / $scheme / $mime / $dest → $want", ({ declared, scheme, mime, dest, want }) => {
    expect(resourceTypeOf(declared, scheme, mime, dest)).toBe(want);
  });
});
