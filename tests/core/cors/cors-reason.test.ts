import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CorsReason, corsReasonOf, preflightBreaks } from "../../../src/core/cors/cors-reason";
import type { HeaderField } from "../../../src/core/model";
import { CORS_RULES, type CorsRule } from "../../../src/reference";
import { runs } from "../../fast-check-runs";
import { type HeaderSpec, type RecordOverrides, recordWith } from "../record-builder";

const APP = "https://app.example.com";
const API = "https://api.example.com/items";
const blocked = { kind: "cors" as const, error: "net::ERR_FAILED" };

/** A request Chromium blocked after its answer arrived: status and headers kept, net::ERR_FAILED. */
const answered = (request: HeaderSpec, response: HeaderSpec) =>
  recordWith({
    url: API,
    status: 0,
    withheldStatus: 200,
    failure: blocked,
    requestHeaders: request,
    responseHeaders: response,
  });
/** A request stopped by its preflight: Chromium logs it with provisional headers only and no answer. */
const stopped = (overrides: RecordOverrides = {}) =>
  recordWith({ url: API, method: "PUT", status: 0, failure: blocked, ...overrides });
const preflight = (request: HeaderSpec, response: HeaderSpec, overrides: RecordOverrides = {}) =>
  recordWith({
    url: API,
    method: "OPTIONS",
    resourceType: "preflight",
    status: 204,
    requestHeaders: { Origin: APP, "Access-Control-Request-Method": "PUT", ...request },
    responseHeaders: response,
    ...overrides,
  });
const allowPut = { "Access-Control-Allow-Origin": APP, "Access-Control-Allow-Methods": "PUT" };

type Case = [string, CorsReason["reason"], CorsReason["certainty"], Parameters<typeof corsReasonOf>[0]];

describe("corsReasonOf: one rule per header combination (Fetch §4.8, §4.9, in Chromium's order)", () => {
  it.each<Case>([
    [
      "no ACAO",
      "missing-allow-origin",
      "certain",
      { record: answered({ Origin: APP }, { "Content-Type": "a/b" }) },
    ],
    [
      "ACAO names another origin",
      "origin-mismatch",
      "certain",
      { record: answered({ Origin: APP }, { "Access-Control-Allow-Origin": "https://admin.example.com" }) },
    ],
    [
      "ACAO with a trailing slash",
      "origin-mismatch",
      "certain",
      { record: answered({ Origin: APP }, { "Access-Control-Allow-Origin": `${APP}/` }) },
    ],
    [
      "ACAO null",
      "origin-mismatch",
      "certain",
      { record: answered({ Origin: APP }, { "Access-Control-Allow-Origin": "null" }) },
    ],
    [
      "ACAO in upper case",
      "origin-mismatch",
      "certain",
      { record: answered({ Origin: APP }, { "Access-Control-Allow-Origin": APP.toUpperCase() }) },
    ],
    [
      "ACAO over http for an https page",
      "origin-mismatch",
      "certain",
      { record: answered({ Origin: APP }, { "Access-Control-Allow-Origin": "http://app.example.com" }) },
    ],
    [
      "ACAO with another port",
      "origin-mismatch",
      "certain",
      { record: answered({ Origin: APP }, { "Access-Control-Allow-Origin": `${APP}:8443` }) },
    ],
    [
      "ACAO that is no origin",
      "invalid-allow-origin",
      "certain",
      { record: answered({ Origin: APP }, { "Access-Control-Allow-Origin": "app.example.com" }) },
    ],
    [
      "two ACAO headers",
      "multiple-allow-origin",
      "certain",
      { record: answered({ Origin: APP }, { "Access-Control-Allow-Origin": [APP, "https://b.example"] }) },
    ],
    [
      "ACAO as a comma list",
      "multiple-allow-origin",
      "certain",
      { record: answered({ Origin: APP }, { "Access-Control-Allow-Origin": `${APP},https://b.example` }) },
    ],
    [
      "* with a Cookie sent",
      "wildcard-with-credentials",
      "certain",
      { record: answered({ Origin: APP, Cookie: "sid=1" }, { "Access-Control-Allow-Origin": "*" }) },
    ],
    [
      "* failing with no Cookie in the log: only credentials can explain it",
      "wildcard-with-credentials",
      "likely",
      { record: answered({ Origin: APP }, { "Access-Control-Allow-Origin": "*" }) },
    ],
    [
      "matching ACAO, Cookie sent, no ACAC",
      "credentials-not-allowed",
      "certain",
      { record: answered({ Origin: APP, Cookie: "sid=1" }, { "Access-Control-Allow-Origin": APP }) },
    ],
    [
      "matching ACAO, ACAC not exactly true",
      "credentials-not-allowed",
      "certain",
      {
        record: answered(
          { Origin: APP, Cookie: "sid=1" },
          { "Access-Control-Allow-Origin": APP, "Access-Control-Allow-Credentials": "TRUE" },
        ),
      },
    ],
    [
      "matching ACAO, no Cookie seen: credentials is the rule left",
      "credentials-not-allowed",
      "likely",
      { record: answered({ Origin: APP }, { "Access-Control-Allow-Origin": APP }) },
    ],
    [
      "the page's origin stands in for a missing Origin header",
      "origin-mismatch",
      "certain",
      { record: answered({}, { "Access-Control-Allow-Origin": "https://b.example" }), pageOrigin: APP },
    ],
    [
      "no origin known at all",
      "origin-mismatch",
      "guess",
      { record: answered({}, { "Access-Control-Allow-Origin": "https://b.example" }) },
    ],
    [
      "preflight 404",
      "preflight-status",
      "certain",
      { record: stopped(), preflight: preflight({}, allowPut, { status: 404 }) },
    ],
    [
      "preflight withheld 401 (answered, then hidden)",
      "preflight-status",
      "certain",
      { record: stopped(), preflight: preflight({}, allowPut, { status: 0, withheldStatus: 401 }) },
    ],
    [
      "preflight redirected",
      "preflight-redirect",
      "certain",
      {
        record: stopped(),
        preflight: preflight(
          {},
          { Location: "/items/" },
          { status: 307, failure: { kind: "network", error: "net::ERR_INVALID_REDIRECT" } },
        ),
      },
    ],
    [
      "preflight without ACAO",
      "missing-allow-origin",
      "certain",
      { record: stopped(), preflight: preflight({}, { "Access-Control-Allow-Methods": "PUT" }) },
    ],
    [
      "preflight naming another origin",
      "origin-mismatch",
      "certain",
      {
        record: stopped(),
        preflight: preflight({}, { ...allowPut, "Access-Control-Allow-Origin": "https://b.example" }),
      },
    ],
    [
      "method not listed",
      "method-not-allowed",
      "certain",
      {
        record: stopped(),
        preflight: preflight({}, { ...allowPut, "Access-Control-Allow-Methods": "GET, POST" }),
      },
    ],
    [
      "methods are case-sensitive",
      "method-not-allowed",
      "certain",
      {
        record: stopped({ method: "PATCH" }),
        preflight: preflight(
          { "Access-Control-Request-Method": "PATCH" },
          { ...allowPut, "Access-Control-Allow-Methods": "patch" },
        ),
      },
    ],
    [
      "Allow-Methods missing",
      "method-not-allowed",
      "certain",
      { record: stopped(), preflight: preflight({}, { "Access-Control-Allow-Origin": APP }) },
    ],
    [
      "header not listed",
      "header-not-allowed",
      "certain",
      {
        record: stopped(),
        preflight: preflight(
          { "Access-Control-Request-Headers": "x-request-id" },
          { ...allowPut, "Access-Control-Allow-Headers": "Content-Type" },
        ),
      },
    ],
    [
      "* for headers is literal for a request with credentials",
      "header-not-allowed",
      "certain",
      {
        record: stopped({ requestHeaders: { Cookie: "sid=1" } }),
        preflight: preflight(
          { "Access-Control-Request-Headers": "x-request-id" },
          { ...allowPut, "Access-Control-Allow-Headers": "*", "Access-Control-Allow-Credentials": "true" },
        ),
      },
    ],
    [
      "private network: the preflight asked, the answer did not allow",
      "local-network",
      "certain",
      {
        record: stopped(),
        preflight: preflight({ "Access-Control-Request-Private-Network": "true" }, allowPut),
      },
    ],
    [
      "Local Network Access stopped the preflight (Chromium 156)",
      "local-network",
      "certain",
      {
        record: stopped(),
        preflight: preflight(
          {},
          {},
          {
            status: 0,
            failure: { kind: "blocked", error: "net::ERR_BLOCKED_BY_LOCAL_NETWORK_ACCESS_CHECKS" },
          },
        ),
      },
    ],
    [
      "a public page asking a private address, nothing recorded",
      "local-network",
      "guess",
      { record: stopped({ url: "http://192.168.1.20/api", method: "GET" }), pageOrigin: APP },
    ],
    [
      "a preflight with no answer",
      "preflight-failed",
      "guess",
      {
        record: stopped(),
        preflight: preflight(
          {},
          {},
          { status: 0, failure: { kind: "network", error: "net::ERR_CONNECTION_RESET" } },
        ),
      },
    ],
    [
      "needs a preflight, none in the log (DevTools opened after it)",
      "preflight-failed",
      "guess",
      { record: stopped({ requestHeaders: { "Content-Type": "application/json" } }) },
    ],
    [
      "a simple request with no answer recorded",
      "unknown",
      "guess",
      { record: stopped({ method: "GET" }), pageOrigin: APP },
    ],
    [
      "headers that pass, blocked anyway",
      "unknown",
      "guess",
      {
        record: answered(
          { Origin: APP },
          { "Access-Control-Allow-Origin": APP, "Access-Control-Allow-Credentials": "true" },
        ),
      },
    ],
  ])("%s → %s (%s)", (_name, reason, certainty, evidence) => {
    const found = corsReasonOf(evidence);
    expect({ reason: found.reason, certainty: found.certainty }).toEqual({ reason, certainty });
    expect(found.why).not.toMatch(/undefined|NaN/);
  });

  it("names the values it read, and where each came from", () => {
    const found = corsReasonOf({
      record: answered({ Origin: APP }, { "Access-Control-Allow-Origin": `${APP}/` }),
    });
    expect(found.values).toEqual([
      { header: "Origin", value: APP, from: "request" },
      { header: "Access-Control-Allow-Origin", value: `${APP}/`, from: "response" },
    ]);
    expect(found.why).toBe(
      `The server allows ${APP}/, but this page is ${APP}. Send exactly ${APP}: drop the trailing slash, an origin has no path.`,
    );
  });

  it("reads a refused preflight on its own, and says nothing of one that passes", () => {
    expect(
      preflightBreaks(preflight({}, { ...allowPut, "Access-Control-Allow-Methods": "GET" }))?.reason,
    ).toBe("method-not-allowed");
    expect(
      preflightBreaks(
        preflight(
          { "Access-Control-Request-Headers": "authorization" },
          { ...allowPut, "Access-Control-Allow-Headers": "*" },
        ),
      ),
    ).toBeUndefined();
  });

  it("every reason it can give has a title and a link in the reference", () => {
    for (const rule of Object.keys(CORS_RULES) as CorsRule[]) {
      expect(CORS_RULES[rule].title.length).toBeGreaterThan(0);
      expect(CORS_RULES[rule].link.url).toMatch(/^https:\/\//);
    }
  });
});

describe("corsReasonOf never throws", () => {
  const NAMES = [
    "Origin",
    "Cookie",
    "Access-Control-Allow-Origin",
    "Access-Control-Allow-Credentials",
    "Access-Control-Allow-Methods",
    "Access-Control-Allow-Headers",
    "Access-Control-Request-Method",
    "Access-Control-Request-Headers",
    "Access-Control-Request-Private-Network",
    "Content-Type",
    "constructor",
    "__proto__",
  ];
  it("on arbitrary headers, statuses, URLs and origins, and always says why", () => {
    const value = fc.oneof(fc.string(), fc.constantFrom("*", "null", "true", ",", " ", APP, `${APP}/`));
    const headers = fc.array(fc.record({ name: fc.oneof(fc.constantFrom(...NAMES), fc.string()), value }), {
      maxLength: 8,
    }) as fc.Arbitrary<HeaderField[]>;
    const record = fc.record({
      url: fc.oneof(fc.webUrl(), fc.string()),
      method: fc.oneof(fc.constantFrom("GET", "PUT", "OPTIONS"), fc.string()),
      status: fc.integer({ min: 0, max: 999 }),
      resourceType: fc.constantFrom("fetch", "preflight", "xhr"),
      requestHeaders: headers,
      responseHeaders: headers,
    });
    fc.assert(
      fc.property(
        record,
        fc.option(record),
        fc.option(fc.oneof(fc.webUrl(), fc.string())),
        (r, p, origin) => {
          const found = corsReasonOf({
            record: recordWith({ ...r, failure: blocked }),
            preflight: p ? recordWith({ ...p, method: "OPTIONS", resourceType: "preflight" }) : undefined,
            pageOrigin: origin ?? undefined,
          });
          expect(CORS_RULES[found.reason]).toBeDefined();
          expect(found.why.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: runs(500) },
    );
  });
});
