import { describe, expect, it } from "vitest";
import { specUrl } from "../../src/reference/entry";

describe("specUrl", () => {
  it.each([
    ["RFC 9110 §15.5.5", "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5"],
    ["RFC 6585 §4", "https://www.rfc-editor.org/rfc/rfc6585#section-4"],
    ["RFC 2324", "https://www.rfc-editor.org/rfc/rfc2324"],
  ])("links %s", (spec, url) => {
    expect(specUrl(spec)).toBe(url);
  });

  it.each(["", "draft-ietf-httpbis-resumable-upload", "see RFC 9110"])("has no link for %j", (spec) => {
    expect(specUrl(spec)).toBeUndefined();
  });
});
