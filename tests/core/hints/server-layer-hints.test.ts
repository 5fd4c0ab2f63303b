import { describe, expect, it } from "vitest";
import { serverLayerHints } from "../../../src/core/hints/server-layer-hints";
import { type RecordOverrides, recordWith } from "../record-builder";

describe("serverLayerHints", () => {
  it.each<[string, RecordOverrides, string[]]>([
    [
      "AWS ELB wrote it",
      { status: 502, responseHeaders: { Server: "awselb/2.0" } },
      ["Sent by AWS Elastic Load Balancing (Server: awselb/2.0) itself, not by the application behind it."],
    ],
    [
      "Cloudflare 52x",
      { status: 522, responseHeaders: { Server: "cloudflare", "CF-Ray": "8c1a2b3c4d5e6f70-FRA" } },
      ["Sent by Cloudflare (Server: cloudflare) itself, not by the application behind it."],
    ],
    [
      "Cloudflare passing a 500 on",
      { status: 500, responseHeaders: { Server: "cloudflare", "CF-Ray": "8c1a2b3c4d5e6f70-FRA" } },
      [
        "Passed through Cloudflare (CF-Ray: 8c1a2b3c4d5e6f70-FRA); any of them, or the origin, may have produced this status.",
      ],
    ],
    [
      "Envoy without an upstream",
      { status: 503, responseHeaders: { server: "envoy" } },
      ["Sent by Envoy (Server: envoy) itself, not by the application behind it."],
    ],
    [
      "Envoy with an upstream answer",
      { status: 503, responseHeaders: { server: "envoy", "x-envoy-upstream-service-time": "12" } },
      [
        "Passed through Envoy (x-envoy-upstream-service-time: 12); any of them, or the origin, may have produced this status.",
      ],
    ],
    [
      "CloudFront error",
      {
        status: 504,
        responseHeaders: {
          "X-Cache": "Error from cloudfront",
          "X-Amz-Cf-Id": "abc==",
          Via: "1.1 0123.cloudfront.net (CloudFront)",
        },
      },
      [
        "Passed through Amazon CloudFront (X-Amz-Cf-Id: abc==); any of them, or the origin, may have produced this status.",
      ],
    ],
    [
      "Fastly and Varnish via Via and X-Served-By, nginx origin",
      {
        status: 503,
        responseHeaders: {
          Via: "1.1 varnish, 1.1 varnish",
          "X-Served-By": "cache-fra19120-FRA",
          Server: "nginx/1.25.3",
        },
      },
      [
        "Passed through Fastly (X-Served-By: cache-fra19120-FRA), Varnish (Via: 1.1 varnish), nginx (Server: nginx/1.25.3); any of them, or the origin, may have produced this status.",
      ],
    ],
    [
      "generic Via names the proxy",
      { status: 502, responseHeaders: { Via: "1.1 squid.corp.example (squid/6.6)" } },
      [
        "Passed through squid.corp.example (Via: 1.1 squid.corp.example (squid/6.6)); any of them, or the origin, may have produced this status.",
      ],
    ],
    [
      "Akamai by X-Cache, Varnish by X-Varnish",
      {
        status: 503,
        responseHeaders: {
          "X-Cache": "TCP_MISS from a23-1-2-3.deploy.akamaitechnologies.com (AkamaiGHost/22.0)",
          "X-Varnish": "123 456",
        },
      },
      [
        "Passed through Akamai (X-Cache: TCP_MISS from a23-1-2-3.deploy.akamaitechnologies.com (AkamaiGHost/22.0)), Varnish (X-Varnish: 123 456); any of them, or the origin, may have produced this status.",
      ],
    ],
    ["nothing to go on", { status: 500, responseHeaders: { Server: "my-app" } }, []],
    ["garbage Via", { status: 500, responseHeaders: { Via: ",,;;" } }, []],
  ])("%s", (_name, overrides, expected) => {
    expect(serverLayerHints(recordWith(overrides)).map((h) => h.text)).toEqual(expected);
  });
});
