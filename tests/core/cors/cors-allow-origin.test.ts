import { describe, expect, it } from "vitest";
import { allowOriginReason } from "../../../src/core/cors/cors-allow-origin";
import { headersOf } from "../record-builder";

const APP = "https://app.example.com";

describe("allowOriginReason: what to fix when Access-Control-Allow-Origin is close to the page's origin", () => {
  it.each<[string, string]>([
    [`${APP}/`, "Send exactly https://app.example.com: drop the trailing slash, an origin has no path."],
    [
      "https://APP.example.com",
      "Send exactly https://app.example.com: origins are compared exactly, case included.",
    ],
    [
      "http://app.example.com",
      "Send exactly https://app.example.com: the scheme differs (http: against https:).",
    ],
    [
      `${APP}:8443`,
      "Send exactly https://app.example.com: the port differs, and an origin includes its port.",
    ],
    ["https://admin.example.com", "Add https://app.example.com to the server's allowed origins."],
  ])("%s", (allowed, fix) => {
    const headers = headersOf({ "Access-Control-Allow-Origin": allowed });
    expect(allowOriginReason(headers, APP, "unknown", "response")?.why).toBe(
      `The server allows ${allowed}, but this page is ${APP}. ${fix}`,
    );
  });

  it("passes a matching origin without credentials, and one with Access-Control-Allow-Credentials: true", () => {
    const headers = headersOf({
      "Access-Control-Allow-Origin": APP,
      "Access-Control-Allow-Credentials": "true",
    });
    expect(allowOriginReason(headers, APP, "sent", "response")).toBeUndefined();
    expect(
      allowOriginReason(headersOf({ "Access-Control-Allow-Origin": "*" }), APP, "sent", "response")?.reason,
    ).toBe("wildcard-with-credentials");
  });

  it("says which answer lacked the header: the response or the preflight's", () => {
    const none = headersOf({ "Content-Type": "text/html" });
    expect(allowOriginReason(none, APP, "unknown", "preflight response")?.why).toMatch(
      /^The preflight's answer has no/,
    );
    expect(allowOriginReason(none, APP, "unknown", "response")?.values).toContainEqual({
      header: "Access-Control-Allow-Origin",
      value: "(none)",
      from: "response",
    });
  });
});
