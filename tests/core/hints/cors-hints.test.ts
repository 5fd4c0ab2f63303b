import { describe, expect, it } from "vitest";
import { corsHints } from "../../../src/core/hints/cors-hints";
import { type RecordOverrides, recordWith } from "../record-builder";

const APP = "https://app.example";
const api = (overrides: RecordOverrides): RecordOverrides => ({
  url: "https://api.example/items",
  ...overrides,
});
const cors = { kind: "cors" as const, error: "net::ERR_FAILED" };
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

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
      ["No Access-Control-Allow-Origin: The response has no Access-Control-Allow-Origin"],
    ],
    [
      "status 0 cross-origin with no response",
      api({ status: 0, failure: cors, requestHeaders: { Origin: APP } }),
      undefined,
      ["Which rule failed is not in the log (a guess): No answer was recorded for it"],
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
        "No Access-Control-Allow-Origin: The response has no Access-Control-Allow-Origin",
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
        "Access-Control-Allow-Origin names another origin: The server allows https://admin.example, but this page is https://app.example. Add https://app.example",
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
        "Access-Control-Allow-Origin names another origin: The server allows https://app.example/, but this page is https://app.example. Send exactly https://app.example: drop the trailing slash",
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
        "Access-Control-Allow-Origin has more than one value: Access-Control-Allow-Origin carries several values (https://app.example, https://b.example)",
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
      ["Access-Control-Allow-Origin: * on a request with credentials: The request sent cookies"],
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
      [
        "Access-Control-Allow-Credentials is not true: The request sent cookies, and Access-Control-Allow-Credentials is missing",
      ],
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
        "Access-Control-Allow-Origin names another origin: The server allows https://other.example, but this page is https://app.example.",
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
      // The first rule the browser checks decides; the card's reason names one.
      ["The preflight did not get a 2xx: The preflight (OPTIONS) got 404"],
    ],
    [
      "preflight: * covers Authorization only because browsers tolerate it (Chromium 156 lets it through)",
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
      [
        "Access-Control-Allow-Headers: * lets Authorization through only because browsers still tolerate it (Chromium warns); the Fetch standard does not. List Authorization by name.",
      ],
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
      ["No Access-Control-Allow-Origin: The preflight's answer has no Access-Control-Allow-Origin"],
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
    // A blocked request's finding is its CORS reason: its title, then the reason's own words (cors-reason.test.ts).
    const texts = corsHints(recordWith(overrides), pageOrigin).map((h) => h.text);
    expect(texts).toEqual(expected.map((text) => expect.stringMatching(new RegExp(`^${escaped(text)}`))));
  });
});
