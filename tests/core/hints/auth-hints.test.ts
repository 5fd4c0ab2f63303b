import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { authHints, parseAuthChallenges, parseAuthHeader } from "../../../src/core/hints/auth-hints";
import { type RecordOverrides, recordWith } from "../record-builder";

type Plain = { scheme: string; token68?: string; params: Record<string, string> };
const plain = (value: string): Plain[] =>
  parseAuthChallenges(value).map((c) => ({
    scheme: c.scheme,
    ...(c.token68 === undefined ? {} : { token68: c.token68 }),
    params: Object.fromEntries(c.params),
  }));

describe("parseAuthChallenges (RFC 9110 §11.6.1)", () => {
  it.each<[string, Plain[]]>([
    ["Basic", [{ scheme: "Basic", params: {} }]],
    ['Basic realm="admin"', [{ scheme: "Basic", params: { realm: "admin" } }]],
    [
      'Basic realm="a, b", charset="UTF-8"',
      [{ scheme: "Basic", params: { realm: "a, b", charset: "UTF-8" } }],
    ],
    [
      'Bearer realm="api", error="invalid_token", error_description="The access token expired"',
      [
        {
          scheme: "Bearer",
          params: { realm: "api", error: "invalid_token", error_description: "The access token expired" },
        },
      ],
    ],
    [
      'Newauth realm="apps", type=1, title="Login to \\"apps\\"", Basic realm="simple"',
      [
        { scheme: "Newauth", params: { realm: "apps", type: "1", title: 'Login to "apps"' } },
        { scheme: "Basic", params: { realm: "simple" } },
      ],
    ],
    ["Negotiate abc123+/==", [{ scheme: "Negotiate", token68: "abc123+/==", params: {} }]],
    [
      "Negotiate, NTLM",
      [
        { scheme: "Negotiate", params: {} },
        { scheme: "NTLM", params: {} },
      ],
    ],
    ['Bearer realm = "x" ,  scope=read', [{ scheme: "Bearer", params: { realm: "x", scope: "read" } }]],
    ['Bearer REALM="x", realm="y"', [{ scheme: "Bearer", params: { realm: "x" } }]],
    [
      'Bearer error="insufficient_scope", scope="read:items write:items"',
      [{ scheme: "Bearer", params: { error: "insufficient_scope", scope: "read:items write:items" } }],
    ],
    ['Basic realm="unterminated', [{ scheme: "Basic", params: {} }]],
    ["=garbage", []],
    ['"quoted", Basic', [{ scheme: "Basic", params: {} }]],
    ["", []],
    [" , ,", []],
  ])("%j", (value, expected) => {
    expect(plain(value)).toEqual(expected);
  });

  it("reads duplicated header lines as one list", () => {
    expect(parseAuthHeader(['Basic realm="a"', "Bearer"]).map((c) => c.scheme)).toEqual(["Basic", "Bearer"]);
  });

  it("never throws; schemes are tokens and params come from the value", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: "binary" }),
          fc.stringMatching(/^[A-Za-z ,="\\a-z0-9]{0,40}$/),
        ),
        (value) => {
          for (const challenge of parseAuthChallenges(value)) {
            expect(challenge.scheme).toMatch(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/);
            expect(value).toContain(challenge.scheme);
            for (const name of challenge.params.keys()) expect(value.toLowerCase()).toContain(name);
          }
        },
      ),
    );
  });

  it("reads back any challenge list it could have been sent", () => {
    const token = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,8}$/);
    const quotedText = fc.string({ maxLength: 12 });
    const challenge = fc.record({
      scheme: token,
      params: fc.uniqueArray(
        fc.tuple(
          token.map((t) => t.toLowerCase()),
          quotedText,
        ),
        { selector: ([k]) => k, maxLength: 3 },
      ),
    });
    fc.assert(
      fc.property(fc.array(challenge, { minLength: 1, maxLength: 3 }), (list) => {
        const header = list
          .map(({ scheme, params }) =>
            [scheme, params.map(([k, v]) => `${k}="${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(", ")]
              .filter(Boolean)
              .join(" "),
          )
          .join(", ");
        expect(plain(header)).toEqual(
          list.map(({ scheme, params }) => ({ scheme, params: Object.fromEntries(params) })),
        );
      }),
    );
  });
});

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
