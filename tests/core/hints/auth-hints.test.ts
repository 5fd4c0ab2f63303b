import { describe, expect, it } from "vitest";
import { authHints } from "../../../src/core/hints/auth-hints";
import { type RecordOverrides, recordWith } from "../record-builder";

describe("authHints", () => {
  it.each<[string, RecordOverrides, "WWW-Authenticate" | "Proxy-Authenticate", string[]]>([
    [
      "401 with an expired bearer token",
      {
        status: 401,
        requestHeaders: { Authorization: "Bearer abc" },
        responseHeaders: {
          "WWW-Authenticate":
            'Bearer realm="api", error="invalid_token", error_description="The access token expired"',
        },
      },
      "WWW-Authenticate",
      [
        "WWW-Authenticate offers Bearer (realm “api”).",
        "Bearer error invalid_token: the access token is expired, revoked or malformed: get a new one. Server says: “The access token expired”.",
      ],
    ],
    [
      "403 insufficient_scope names the scope",
      {
        status: 403,
        requestHeaders: { Authorization: "Bearer abc" },
        responseHeaders: { "WWW-Authenticate": 'Bearer error="insufficient_scope", scope="items:write"' },
      },
      "WWW-Authenticate",
      [
        "Bearer error insufficient_scope: the token is valid but lacks the permission this resource needs. Required scope: items:write.",
      ],
    ],
    [
      "401 to a request without credentials, two challenges",
      {
        status: 401,
        responseHeaders: { "www-authenticate": ['Basic realm="admin", charset="UTF-8"', "Bearer"] },
      },
      "WWW-Authenticate",
      [
        "WWW-Authenticate offers Basic (realm “admin”), Bearer.",
        "This request sent no Authorization header.",
      ],
    ],
    [
      "401 without a challenge",
      { status: 401 },
      "WWW-Authenticate",
      [
        "No WWW-Authenticate header: the response does not say how to authenticate (RFC 9110 §15.5.2 requires one).",
      ],
    ],
    [
      "407 from a proxy",
      { status: 407, responseHeaders: { "Proxy-Authenticate": 'Basic realm="corp proxy"' } },
      "Proxy-Authenticate",
      [
        "Proxy-Authenticate offers Basic (realm “corp proxy”).",
        "This request sent no Proxy-Authorization header.",
      ],
    ],
    ["403 without a challenge says nothing", { status: 403 }, "WWW-Authenticate", []],
    [
      "garbage challenge gives no hint",
      { status: 401, responseHeaders: { "WWW-Authenticate": '=,="' } },
      "WWW-Authenticate",
      [],
    ],
  ])("%s", (_name, overrides, header, expected) => {
    expect(authHints(recordWith(overrides), header).map((h) => h.text)).toEqual(expected);
  });
});
