import { describe, expect, it } from "vitest";
import { preflightHints } from "../../../src/core/hints/cors-preflight-hints";
import { isPreflight, type PreflightRefusal, preflightRefusal } from "../../../src/core/model";
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

describe("preflightRefusal (Fetch §4.8)", () => {
  const preflight = (
    responseHeaders: Record<string, string>,
    requestHeaders: Record<string, string>,
    status = 204,
  ) => recordWith({ method: "OPTIONS", status, requestHeaders, responseHeaders });

  it.each<[string, ReturnType<typeof preflight>, boolean, PreflightRefusal | undefined]>([
    [
      "safelisted method needs no listing",
      preflight({}, { "Access-Control-Request-Method": "POST" }),
      false,
      undefined,
    ],
    [
      "* is literal with credentials",
      preflight({ "Access-Control-Allow-Methods": "*" }, { "Access-Control-Request-Method": "PUT" }),
      true,
      { method: { asked: "PUT", allowed: ["*"] } },
    ],
    [
      "missing Allow-Headers",
      preflight(
        { "Access-Control-Allow-Origin": "*" },
        { "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "x-a, x-b" },
      ),
      false,
      { headers: { missing: ["x-a", "x-b"], allowed: [] } },
    ],
    [
      "Access-Control-Allow-Origin missing for the Origin it sent",
      preflight(
        { "Access-Control-Allow-Methods": "PUT" },
        { Origin: "https://app.example", "Access-Control-Request-Method": "PUT" },
      ),
      false,
      { origin: { allowed: [] } },
    ],
    [
      "* covers Authorization, as browsers still allow",
      preflight(
        { "Access-Control-Allow-Headers": "*" },
        { "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "authorization" },
      ),
      false,
      undefined,
    ],
    [
      "no response headers, nothing to judge",
      preflight({}, { "Access-Control-Request-Method": "PUT" }, 0),
      false,
      undefined,
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
      { status: 401 },
    ],
  ])("%s", (_name, record, credentialed, expected) => {
    expect(preflightRefusal(record, credentialed)).toEqual(expected);
  });
});

describe("preflightHints", () => {
  it.each<[string, string, string[]]>([
    ["authorization", "*", ["Access-Control-Allow-Headers: * lets Authorization through"]],
    ["authorization, x-trace", "*, Authorization", []],
    ["x-trace", "*", []],
  ])("asked %s, allowed %s", (asked, allowed, expected) => {
    const record = recordWith({
      method: "OPTIONS",
      requestHeaders: { "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": asked },
      responseHeaders: { "Access-Control-Allow-Headers": allowed },
    });
    expect(preflightHints(record).map((h) => h.text.slice(0, expected[0]?.length))).toEqual(expected);
  });
});
