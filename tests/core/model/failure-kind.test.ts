import { describe, expect, it } from "vitest";
import {
  failureKindOfError,
  failureOf,
  isCorsWithheld,
  isProbableCorsBlock,
  pageOriginOf,
} from "../../../src/core/model";
import { headersOf } from "../record-builder";

describe("failureKindOfError", () => {
  it.each([
    ["net::ERR_CONNECTION_REFUSED", "network"],
    ["ERR_NAME_NOT_RESOLVED", "network"],
    ["net::ERR_TOO_MANY_REDIRECTS", "network"],
    ["NS_ERROR_CONNECTION_REFUSED", "network"],
    ["Connection refused", "network"],
    ["net::ERR_ABORTED", "canceled"],
    ["NS_BINDING_ABORTED", "canceled"],
    ["(canceled)", "canceled"],
    ["net::ERR_BLOCKED_BY_CLIENT", "blocked"],
    ["net::ERR_BLOCKED_BY_CSP", "blocked"],
    ["net::ERR_BLOCKED_BY_ORB", "blocked"],
    ["net::ERR_BLOCKED_BY_RESPONSE", "blocked"],
    ["(blocked:mixed-content)", "blocked"],
    ["net::ERR_UNSAFE_PORT", "blocked"],
    ["CORS error", "cors"],
    ["net::ERR_FAILED", undefined],
    ["", undefined],
    ["something odd happened", undefined],
  ] as const)("%s → %s", (error, kind) => {
    expect(failureKindOfError(error)).toBe(kind);
  });
});

const page = "http://127.0.0.1:43241";
const api = "http://127.0.0.1:37847/data";

type Headers = Record<string, string>;

describe("probable CORS", () => {
  it.each<{ why: string; req: Headers; res: Headers; cors: boolean }>([
    { why: "Origin header of another origin, no ACAO", req: { Origin: page }, res: {}, cors: true },
    {
      why: "ACAO names another origin",
      req: { Origin: page },
      res: { "Access-Control-Allow-Origin": "http://x.test" },
      cors: true,
    },
    {
      why: "ACAO matches the page",
      req: { origin: page },
      res: { "access-control-allow-origin": page },
      cors: false,
    },
    { why: "ACAO is *", req: { Origin: page }, res: { "Access-Control-Allow-Origin": "*" }, cors: false },
    {
      why: "ACAO is * but cookies were sent",
      req: { Origin: page, Cookie: "sid=1" },
      res: { "Access-Control-Allow-Origin": "*" },
      cors: true,
    },
    {
      why: "ACAO names the page and another origin",
      req: { Origin: page },
      res: { "Access-Control-Allow-Origin": `${page}, http://x.test` },
      cors: true,
    },
    {
      why: "ACAO matches, cookies sent, no Access-Control-Allow-Credentials",
      req: { Origin: page, Cookie: "sid=1" },
      res: { "Access-Control-Allow-Origin": page },
      cors: true,
    },
    {
      why: "ACAO matches, cookies sent, Access-Control-Allow-Credentials: true",
      req: { Origin: page, Cookie: "sid=1" },
      res: { "Access-Control-Allow-Origin": page, "Access-Control-Allow-Credentials": "true" },
      cors: false,
    },
    { why: "same origin", req: { Origin: "http://127.0.0.1:37847" }, res: {}, cors: false },
    {
      why: "Referer of another origin, cors mode",
      req: { Referer: `${page}/`, "Sec-Fetch-Mode": "cors" },
      res: {},
      cors: true,
    },
    {
      why: "a no-cors <script> of another origin",
      req: { Referer: `${page}/`, "Sec-Fetch-Mode": "no-cors" },
      res: {},
      cors: false,
    },
    { why: "Referer only, mode unknown", req: { Referer: `${page}/` }, res: {}, cors: false },
    { why: "opaque origin", req: { Origin: "null" }, res: {}, cors: true },
    { why: "no page origin known", req: {}, res: {}, cors: false },
  ])("$why → $cors", ({ req, res, cors }) => {
    const evidence = { url: api, requestHeaders: headersOf(req), responseHeaders: headersOf(res) };
    expect(isProbableCorsBlock(evidence)).toBe(cors);
  });

  it("takes the initiator's origin when the request has no Origin header", () => {
    const evidence = {
      url: api,
      requestHeaders: [],
      responseHeaders: [],
      initiator: `${page}/demo.js`,
      resourceType: "fetch",
    };
    expect(pageOriginOf(evidence)).toBe(page);
    expect(isProbableCorsBlock(evidence)).toBe(true);
  });
});

describe("the page's origin of a request a CDN-hosted script made to its own site", () => {
  const shop = "https://shop.example";
  const cdnScript = "https://cdn.shop-static.example/app.4f2a.js";
  const xhr = (req: Headers) => ({
    url: `${shop}/api/cart`,
    requestHeaders: headersOf({ "Sec-Fetch-Mode": "cors", ...req }),
    responseHeaders: headersOf({ "Content-Type": "application/json" }),
    initiator: cdnScript,
    resourceType: "xhr",
  });

  it.each<[string, Headers]>([
    ["Sec-Fetch-Site says same-origin", { "Sec-Fetch-Site": "same-origin" }],
    ["the Referer is the page", { Referer: `${shop}/checkout` }],
  ])("is the site's, not the script's, when %s: a 200 without CORS headers stays a 200", (_why, req) => {
    const evidence = xhr(req);
    expect(pageOriginOf(evidence)).toBe(shop);
    expect(isCorsWithheld(evidence)).toBe(false);
  });

  it("still falls back to the script's origin when nothing else names the page", () => {
    expect(pageOriginOf(xhr({}))).toBe("https://cdn.shop-static.example");
  });
});

describe("failureOf", () => {
  const crossOrigin = { url: api, requestHeaders: headersOf({ Origin: page }), responseHeaders: [] };
  it.each([
    {
      why: "Chromium's CORS block",
      error: "net::ERR_FAILED",
      evidence: crossOrigin,
      want: { kind: "cors", error: "net::ERR_FAILED" },
    },
    {
      why: "ERR_FAILED after an answer whose ACAO passes: only the unrecorded credentials mode can explain it",
      error: "net::ERR_FAILED",
      evidence: { ...crossOrigin, responseHeaders: headersOf({ "Access-Control-Allow-Origin": "*" }) },
      want: { kind: "cors", error: "net::ERR_FAILED" },
    },
    {
      why: "ERR_FAILED same-origin",
      error: "net::ERR_FAILED",
      evidence: { ...crossOrigin, requestHeaders: [] },
      want: { kind: "unknown", error: "net::ERR_FAILED" },
    },
    {
      why: "Firefox status 0, no error, cross-origin",
      error: "",
      evidence: crossOrigin,
      want: { kind: "cors" },
    },
    {
      why: "no error, same origin",
      error: "",
      evidence: { ...crossOrigin, requestHeaders: [] },
      want: { kind: "unknown" },
    },
    {
      why: "a refusal stays network even cross-origin",
      error: "net::ERR_CONNECTION_REFUSED",
      evidence: crossOrigin,
      want: { kind: "network", error: "net::ERR_CONNECTION_REFUSED" },
    },
  ])("$why", ({ error, evidence, want }) => {
    expect(failureOf({ ...evidence, error })).toEqual(want);
  });
});

describe("isCorsWithheld (an answer the browser kept from the page)", () => {
  const answer = { "Content-Type": "application/json" };
  it.each<{ why: string; req: Headers; res: Headers; type?: string; withheld: boolean }>([
    {
      why: "cors mode, other origin, no ACAO",
      req: { Origin: page, "Sec-Fetch-Mode": "cors" },
      res: answer,
      withheld: true,
    },
    {
      why: "ACAO matches",
      req: { Origin: page, "Sec-Fetch-Mode": "cors" },
      res: { ...answer, "Access-Control-Allow-Origin": page },
      withheld: false,
    },
    {
      why: "no response headers (no answer)",
      req: { Origin: page, "Sec-Fetch-Mode": "cors" },
      res: {},
      withheld: false,
    },
    {
      why: "a preflight answered without ACAO: Chrome shows its status, the refusal is the preflight's",
      req: { Origin: page, "Sec-Fetch-Mode": "cors", "Access-Control-Request-Method": "PUT" },
      res: answer,
      withheld: false,
    },
    {
      why: "navigation with an Origin (form POST)",
      req: { Origin: page, "Sec-Fetch-Mode": "navigate" },
      res: answer,
      withheld: false,
    },
    { why: "no-cors", req: { Origin: page, "Sec-Fetch-Mode": "no-cors" }, res: answer, withheld: false },
    { why: "no mode, Origin on a fetch", req: { Origin: page }, res: answer, type: "fetch", withheld: true },
    {
      why: "no mode, Origin on a document",
      req: { Origin: page },
      res: answer,
      type: "document",
      withheld: false,
    },
    {
      why: "same origin",
      req: { Origin: "http://127.0.0.1:37847", "Sec-Fetch-Mode": "cors" },
      res: answer,
      withheld: false,
    },
  ])("$why → $withheld", ({ req, res, type, withheld }) => {
    const evidence = {
      url: api,
      requestHeaders: headersOf(req),
      responseHeaders: headersOf(res),
      resourceType: type ?? "",
    };
    expect(isCorsWithheld(evidence)).toBe(withheld);
  });
});
