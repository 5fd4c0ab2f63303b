import { describe, expect, it } from "vitest";
import { corsHints } from "../../../src/core/hints/cors-hints";
import { type RecordOverrides, recordWith } from "../record-builder";

const APP = "https://app.example";
const api = (overrides: RecordOverrides): RecordOverrides => ({
  url: "https://api.example/items",
  ...overrides,
});
const cors = { kind: "cors" as const, error: "net::ERR_FAILED" };

describe("corsHints", () => {
  it.each<[string, RecordOverrides, string | undefined, string[]]>([
    [
      "same origin says nothing",
      { url: "https://app.example/x", requestHeaders: { Origin: APP } },
      undefined,
      [],
    ],
    ["no origin known says nothing", api({}), undefined, []],
    [
      "blocked: ACAO missing",
      api({
        failure: cors,
        requestHeaders: { Origin: APP },
        responseHeaders: { "Content-Type": "application/json" },
      }),
      undefined,
      ["No Access-Control-Allow-Origin in the response: the browser withholds it from https://app.example."],
    ],
    [
      "status 0 cross-origin with no response",
      api({ status: 0, failure: cors, requestHeaders: { Origin: APP } }),
      undefined,
      [
        "No response reached https://app.example: the server's answer carried no Access-Control-Allow-Origin for it, or a preflight failed.",
      ],
    ],
    [
      "a withheld 500 without CORS headers (Chromium: status 0, headers kept)",
      api({
        status: 0,
        withheldStatus: 500,
        failure: cors,
        requestHeaders: { Origin: APP },
        responseHeaders: { "Content-Type": "text/html" },
      }),
      undefined,
      [
        "The server answered 500; the browser hid it from the page. Error responses often skip the CORS headers that successful ones get.",
        "No Access-Control-Allow-Origin in the response: the browser withholds it from https://app.example.",
      ],
    ],
    [
      "status 0 from a refused connection is not CORS",
      api({ status: 0, failure: { kind: "network" }, requestHeaders: { Origin: APP } }),
      undefined,
      [],
    ],
    [
      "a request still in flight is not judged",
      api({ status: 0, pending: true, failure: { kind: "unknown" }, requestHeaders: { Origin: APP } }),
      undefined,
      [],
    ],
    ["status 0 image without Origin is not CORS", api({ status: 0 }), APP, []],
    [
      "ACAO names another origin",
      api({
        failure: cors,
        requestHeaders: { Origin: APP },
        responseHeaders: { "Access-Control-Allow-Origin": "https://admin.example" },
      }),
      undefined,
      [
        "Access-Control-Allow-Origin is https://admin.example, but this request's origin is https://app.example.",
      ],
    ],
    [
      "ACAO with a trailing slash",
      api({
        failure: cors,
        requestHeaders: { Origin: APP },
        responseHeaders: { "Access-Control-Allow-Origin": "https://app.example/" },
      }),
      undefined,
      [
        "Access-Control-Allow-Origin is https://app.example/, but this request's origin is https://app.example. It must match exactly: no trailing slash, same case.",
      ],
    ],
    [
      "ACAO with two origins",
      api({
        failure: cors,
        requestHeaders: { Origin: APP },
        responseHeaders: { "Access-Control-Allow-Origin": ["https://app.example", "https://b.example"] },
      }),
      undefined,
      [
        "Access-Control-Allow-Origin has several values (https://app.example, https://b.example); it must be exactly one origin or *.",
      ],
    ],
    [
      "* with cookies",
      api({
        failure: cors,
        requestHeaders: { Origin: APP, Cookie: "sid=1" },
        responseHeaders: { "Access-Control-Allow-Origin": "*" },
      }),
      undefined,
      [
        "Access-Control-Allow-Origin: * does not cover a request with credentials (cookies); it must name https://app.example.",
      ],
    ],
    [
      "* without credentials is fine",
      api({ requestHeaders: { Origin: APP }, responseHeaders: { "Access-Control-Allow-Origin": "*" } }),
      undefined,
      [],
    ],
    [
      "credentials not allowed",
      api({
        failure: cors,
        requestHeaders: { Origin: APP, Cookie: "sid=1" },
        responseHeaders: { "Access-Control-Allow-Origin": APP, Vary: "Origin" },
      }),
      undefined,
      ["Access-Control-Allow-Credentials is missing on a request that sent cookies."],
    ],
    [
      "echoed origin without Vary",
      api({ requestHeaders: { Origin: APP }, responseHeaders: { "Access-Control-Allow-Origin": APP } }),
      undefined,
      [
        "Access-Control-Allow-Origin echoes https://app.example but Vary lacks Origin: a cache may hand this response to another origin.",
      ],
    ],
    [
      "page origin stands in for a missing Origin header when the browser named CORS",
      api({
        failure: cors,
        responseHeaders: { "Access-Control-Allow-Origin": "https://other.example", Vary: "Origin" },
      }),
      APP,
      [
        "Access-Control-Allow-Origin is https://other.example, but this request's origin is https://app.example.",
      ],
    ],
    [
      "preflight: 404, method and headers not allowed",
      api({
        method: "OPTIONS",
        status: 404,
        requestHeaders: {
          Origin: APP,
          "Access-Control-Request-Method": "PUT",
          "Access-Control-Request-Headers": "content-type,x-api-key",
        },
        responseHeaders: {
          "Access-Control-Allow-Origin": APP,
          "Access-Control-Allow-Methods": "GET, POST",
          "Access-Control-Allow-Headers": "Content-Type",
        },
      }),
      undefined,
      [
        "The preflight got 404; it must get a 2xx status, so the real request is never sent.",
        "Access-Control-Allow-Methods lists GET, POST; the preflight asked for PUT.",
        "Access-Control-Allow-Headers lists content-type; the preflight asked for x-api-key, which is not allowed.",
      ],
    ],
    [
      "preflight: * covers all but Authorization",
      api({
        method: "OPTIONS",
        status: 204,
        requestHeaders: {
          Origin: APP,
          "Access-Control-Request-Method": "DELETE",
          "Access-Control-Request-Headers": "authorization, x-trace",
        },
        responseHeaders: {
          "Access-Control-Allow-Origin": "*",
          "Access-Control-Allow-Methods": "*",
          "Access-Control-Allow-Headers": "*",
        },
      }),
      undefined,
      ["Access-Control-Allow-Headers lists *; the preflight asked for authorization, which is not allowed."],
    ],
    [
      "preflight without ACAO",
      api({
        method: "OPTIONS",
        status: 204,
        requestHeaders: { Origin: APP, "Access-Control-Request-Method": "POST" },
        responseHeaders: { Allow: "GET" },
      }),
      undefined,
      ["No Access-Control-Allow-Origin in the response: the browser withholds it from https://app.example."],
    ],
    [
      "a good preflight says nothing",
      api({
        method: "OPTIONS",
        status: 204,
        requestHeaders: {
          Origin: APP,
          "Access-Control-Request-Method": "PATCH",
          "Access-Control-Request-Headers": "content-type",
        },
        responseHeaders: {
          "Access-Control-Allow-Origin": APP,
          "Access-Control-Allow-Methods": "GET, PATCH",
          "Access-Control-Allow-Headers": "content-type",
        },
      }),
      undefined,
      [],
    ],
  ])("%s", (_name, overrides, pageOrigin, expected) => {
    expect(corsHints(recordWith(overrides), pageOrigin).map((h) => h.text)).toEqual(expected);
  });
});
