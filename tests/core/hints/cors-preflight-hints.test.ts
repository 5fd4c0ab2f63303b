import { describe, expect, it } from "vitest";
import { preflightHints } from "../../../src/core/hints/cors-preflight-hints";
import { isPreflight } from "../../../src/core/model";
import { type RecordOverrides, recordWith } from "../record-builder";

describe("isPreflight", () => {
  it.each<[RecordOverrides, boolean]>([
    [{ method: "OPTIONS", requestHeaders: { "Access-Control-Request-Method": "PUT" } }, true],
    [{ method: "OPTIONS" }, false],
    [{ method: "GET", requestHeaders: { "Access-Control-Request-Method": "PUT" } }, false],
    // Chrome's HAR names it, whatever headers were kept.
    [{ method: "OPTIONS", resourceType: "preflight" }, true],
  ])("%j → %s", (overrides, expected) => {
    expect(isPreflight(recordWith(overrides))).toBe(expected);
  });
});

describe("preflightHints (Fetch §4.8)", () => {
  const preflight = (
    responseHeaders: Record<string, string>,
    requestHeaders: Record<string, string>,
    status = 204,
  ) => recordWith({ method: "OPTIONS", status, requestHeaders, responseHeaders });

  it.each<[string, ReturnType<typeof preflight>, boolean, string[]]>([
    [
      "safelisted method needs no listing",
      preflight({}, { "Access-Control-Request-Method": "POST" }),
      false,
      [],
    ],
    [
      "* is literal with credentials",
      preflight({ "Access-Control-Allow-Methods": "*" }, { "Access-Control-Request-Method": "PUT" }),
      true,
      ["Access-Control-Allow-Methods lists *; the preflight asked for PUT."],
    ],
    [
      "missing Allow-Headers",
      preflight(
        { "Access-Control-Allow-Origin": "*" },
        { "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "x-a, x-b" },
      ),
      false,
      ["Access-Control-Allow-Headers is missing; the preflight asked for x-a, x-b, which are not allowed."],
    ],
    [
      "no response headers, nothing to judge",
      preflight({}, { "Access-Control-Request-Method": "PUT" }, 0),
      false,
      [],
    ],
    [
      "a withheld 401 is judged by its status",
      recordWith({
        method: "OPTIONS",
        status: 0,
        withheldStatus: 401,
        requestHeaders: { "Access-Control-Request-Method": "GET" },
        responseHeaders: { "WWW-Authenticate": "Basic" },
      }),
      false,
      ["The preflight got 401; it must get a 2xx status, so the real request is never sent."],
    ],
  ])("%s", (_name, record, credentialed, expected) => {
    expect(preflightHints(record, credentialed).map((h) => h.text)).toEqual(expected);
  });
});
