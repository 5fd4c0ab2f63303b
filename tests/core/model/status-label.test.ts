import { describe, expect, it } from "vitest";
import { statusLabel, statusLine } from "../../../src/core/model/status-label";
import { headersOf, recordWith } from "../record-builder";

describe("statusLabel", () => {
  it.each([
    [
      "server's phrase wins",
      recordWith({ status: 404, statusText: "Nothing Here" }),
      { code: "404", text: "Nothing Here", source: "server" },
    ],
    [
      "HTTP/2 has none: the reference names it",
      recordWith({ status: 422, statusText: "" }),
      { code: "422", text: "Unprocessable Content", source: "reference" },
    ],
    [
      "an unregistered code gets no made-up name",
      recordWith({ status: 299 }),
      { code: "299", text: "", source: "none" },
    ],
    [
      "CORS block, as Chromium reports it (status 200 + net::ERR_FAILED)",
      recordWith({ status: 200, failure: { kind: "cors", error: "net::ERR_FAILED" } }),
      { code: "CORS error", text: "", source: "browser", approximation: expect.stringMatching(/CORS rule/) },
    ],
    [
      "canceled",
      recordWith({ status: 0, failure: { kind: "canceled", error: "net::ERR_ABORTED" } }),
      { code: "(canceled)", text: "", source: "browser" },
    ],
    [
      "blocked",
      recordWith({ status: 0, failure: { kind: "blocked", error: "net::ERR_BLOCKED_BY_CLIENT" } }),
      {
        code: "(blocked:other)",
        text: "",
        source: "browser",
        approximation: expect.stringMatching(/mixed-content/),
      },
    ],
    [
      "network error",
      recordWith({ status: 0, failure: { kind: "network", error: "net::ERR_CONNECTION_REFUSED" } }),
      { code: "(failed)", text: "net::ERR_CONNECTION_REFUSED", source: "browser" },
    ],
    [
      "still in flight when getHAR was called",
      recordWith({ status: 0, pending: true, failure: { kind: "unknown" } }),
      { code: "(pending)", text: "", source: "none" },
    ],
    [
      "no error name at all (Firefox)",
      recordWith({ status: 0, failure: { kind: "unknown" } }),
      { code: "(failed)", text: "", source: "none", approximation: expect.stringMatching(/blocked:csp/) },
    ],
    [
      "blocked by CSP",
      recordWith({ status: 0, failure: { kind: "blocked", error: "net::ERR_BLOCKED_BY_CSP" } }),
      { code: "(blocked:csp)", text: "", source: "browser" },
    ],
    [
      "blocked by the response's Cross-Origin-Resource-Policy",
      recordWith({
        status: 0,
        responseHeaders: headersOf({ "Cross-Origin-Resource-Policy": "same-origin" }),
        failure: { kind: "blocked", error: "net::ERR_BLOCKED_BY_RESPONSE" },
      }),
      { code: '(blocked:CORP not "same-origin")', text: "", source: "browser" },
    ],
    [
      "ORB: Chrome shows it failed, with its error",
      recordWith({ status: 0, failure: { kind: "blocked", error: "net::ERR_BLOCKED_BY_ORB" } }),
      { code: "(failed)", text: "net::ERR_BLOCKED_BY_ORB", source: "browser" },
    ],
    [
      "a bare error name gets Chrome's net:: back",
      recordWith({ status: 0, failure: { kind: "network", error: "ERR_NAME_NOT_RESOLVED" } }),
      { code: "(failed)", text: "net::ERR_NAME_NOT_RESOLVED", source: "browser" },
    ],
    [
      "a DevTools label exported as the error stays as DevTools wrote it",
      recordWith({ status: 0, failure: { kind: "blocked", error: "(blocked:mixed-content)" } }),
      { code: "(blocked:mixed-content)", text: "", source: "browser" },
    ],
    [
      "Firefox's error name under (failed)",
      recordWith({ status: 0, failure: { kind: "network", error: "NS_ERROR_CONNECTION_REFUSED" } }),
      { code: "(failed)", text: "NS_ERROR_CONNECTION_REFUSED", source: "browser" },
    ],
    [
      "a preflight whose answer the browser refuses says so, after Chrome's label",
      recordWith({
        method: "OPTIONS",
        status: 204,
        statusText: "No Content",
        requestHeaders: { "Access-Control-Request-Method": "PUT" },
        responseHeaders: { "Access-Control-Allow-Origin": "https://app.example" },
      }),
      { code: "204", text: "No Content", source: "server", note: "preflight refused" },
    ],
    [
      "blocked by the response, with the reason Chromium appends to the error",
      recordWith({
        status: 0,
        failure: { kind: "blocked", error: "net::ERR_BLOCKED_BY_RESPONSE.NotSameOrigin" },
      }),
      { code: '(blocked:CORP not "same-origin")', text: "", source: "browser" },
    ],
  ])("%s", (_name, record, expected) => {
    expect(statusLabel(record)).toEqual(expected);
  });
});

describe("statusLine", () => {
  it("writes the cell as Chrome's tooltip does, with our note after it", () => {
    expect(statusLine({ code: "(failed)", text: "net::ERR_FAILED", source: "browser" })).toBe(
      "(failed) net::ERR_FAILED",
    );
    expect(statusLine({ code: "204", text: "No Content", source: "server", note: "preflight refused" })).toBe(
      "204 No Content (preflight refused)",
    );
  });
});
