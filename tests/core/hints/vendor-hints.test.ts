import { describe, expect, it } from "vitest";
import { vendorHints } from "../../../src/core/hints/vendor-hints";
import { type RecordOverrides, recordWith } from "../record-builder";

const said = (overrides: RecordOverrides) => vendorHints(recordWith(overrides)).map((h) => h.text);

describe("vendorHints: which sender of a shared code this response points to", () => {
  it.each<[string, RecordOverrides, RegExp]>([
    [
      "530 behind Cloudflare",
      { status: 530, responseHeaders: { "CF-Ray": "8a1b2c3d4e5f-AMS" } },
      /Cloudflare's; the 1xxx error/,
    ],
    [
      "530 from Server: cloudflare",
      { status: 530, responseHeaders: { Server: "cloudflare" } },
      /Cloudflare's/,
    ],
    [
      "530 from Pantheon",
      { status: 530, responseHeaders: { "X-Styx-Req-Id": "abc" } },
      /frozen Pantheon site/,
    ],
    [
      "530 from neither",
      { status: 530, responseHeaders: { Server: "Apache" } },
      /did not come through Cloudflare/,
    ],
    [
      "499 from ArcGIS",
      { status: 499, url: "https://gis.example/arcgis/rest/services/x" },
      /no token at all/,
    ],
    [
      "499 elsewhere",
      { status: 499, responseHeaders: { Server: "nginx" } },
      /nginx only writes 499 in its own log/,
    ],
    [
      "451 for Exchange ActiveSync",
      { status: 451, url: "https://mail.example/Microsoft-Server-ActiveSync?Cmd=Sync" },
      /Exchange's redirect/,
    ],
    [
      "451 anywhere else",
      { status: 451, responseHeaders: { Link: '<https://blocker.example>; rel="blocked-by"' } },
      /legal block of RFC 7725/,
    ],
  ])("%s", (_name, overrides, expected) => {
    const texts = said(overrides);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatch(expected);
  });

  it("says nothing for a code only one sender uses", () => {
    expect(said({ status: 404, responseHeaders: { "CF-Ray": "x" } })).toEqual([]);
  });
});
