import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { HeaderField } from "../../../src/core/model";
import { redactBody, redactHeaders, redactRecord, redactUrl } from "../../../src/core/redact";
import { runs } from "../../fast-check-runs";
import { recordWith } from "../record-builder";

const hide = { reveal: false };
const options = { numRuns: runs(300) };

// Every secret carries a marker no other generated text has, so "not in the output" means "hidden".
const MARK = "QZX";
const secret = fc.stringMatching(/^[A-Za-z0-9._~+/-]{1,16}$/).map((s) => `${MARK}${s}`);
// A userinfo holds no raw "/", "?" or "#": they would end the authority.
const userSecret = fc.stringMatching(/^[A-Za-z0-9._~+-]{1,16}$/).map((s) => `${MARK}${s}`);
const plainWord = fc.stringMatching(/^[a-z0-9]{1,8}$/);

const secretHeader: fc.Arbitrary<HeaderField> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom("Authorization", "proxy-authorization"),
      fc.constantFrom("Bearer ", "Basic ", "Digest ", "Weird ", ""),
      secret,
    )
    .map(([name, scheme, value]) => ({ name, value: `${scheme}${value}` })),
  fc
    .tuple(plainWord, secret, plainWord, secret)
    .map(([a, s1, b, s2]) => ({ name: "Cookie", value: `${a}=${s1}; ${b}=${s2}` })),
  fc.tuple(plainWord, secret).map(([a, s]) => ({ name: "Set-Cookie", value: `${a}=${s}; Path=/; HttpOnly` })),
  fc
    .tuple(fc.constantFrom("X-Api-Key", "X-Auth-Token", "X-CSRF-Token", "X-Client-Secret", "Api-Key"), secret)
    .map(([name, value]) => ({ name, value })),
);

// Secret parameter names as they are written: snake, camel, kebab, upper case.
const secretParam = fc.constantFrom(
  "token",
  "access_token",
  "refreshToken",
  "ID-TOKEN",
  "api_key",
  "apikey",
  "key",
  "sig",
  "X-Amz-Signature",
  "password",
  "passwd",
  "client_secret",
  "code",
  "session",
);
const params = fc.array(
  fc.oneof(fc.tuple(secretParam, secret), fc.tuple(fc.constantFrom("q", "page", "state", "lang"), plainWord)),
  { minLength: 1, maxLength: 5 },
);
const query = params.map((pairs) => pairs.map(([name, value]) => `${name}=${value}`).join("&"));

const leakyUrl = fc
  .tuple(fc.option(fc.tuple(plainWord, userSecret)), plainWord, query, fc.option(query))
  .map(([userinfo, path, q, fragment]) => {
    const auth = userinfo ? `${userinfo[0]}:${userinfo[1]}@` : "";
    return `https://${auth}api.example.com/${path}?${q}${fragment ? `#${fragment}` : ""}`;
  });

type Json = string | { [name: string]: Json };
const leakyJson: fc.Arbitrary<Json> = fc.letrec<{ node: Json }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small" },
    plainWord,
    fc
      .tuple(
        secretParam.filter((name) => !["code", "key", "sig", "session"].includes(name)),
        secret,
        fc.dictionary(plainWord, tie("node"), { maxKeys: 3 }),
      )
      .map(([name, value, rest]) => ({ ...rest, [name]: value })),
  ),
})).node;

const leakyRecord = fc
  .tuple(leakyUrl, fc.array(secretHeader, { maxLength: 4 }), leakyUrl, query, leakyJson)
  .map(([url, headers, referer, form, json]) =>
    recordWith({
      method: "POST",
      url,
      status: 302,
      redirectURL: referer,
      requestHeaders: [...headers, { name: "Referer", value: referer }],
      responseHeaders: [{ name: "Location", value: referer }],
      requestBody: { mimeType: "application/x-www-form-urlencoded", text: form },
      responseBody: { mimeType: "application/json", text: JSON.stringify(json) },
    }),
  );

// Anything at all, for idempotence and reveal.
const anyHeader = fc.record({
  name: fc.oneof(
    fc.constantFrom(
      "Authorization",
      "Cookie",
      "Set-Cookie",
      "Referer",
      "Location",
      "Refresh",
      "X-Api-Key",
      "Accept",
    ),
    fc.string(),
  ),
  value: fc.string(),
});
const anyRecord = fc
  .tuple(
    fc.oneof(leakyUrl, fc.string()),
    fc.array(anyHeader, { maxLength: 5 }),
    fc.oneof(query, fc.string(), fc.json()),
    fc.constantFrom("application/json", "application/x-www-form-urlencoded", "text/plain"),
  )
  .map(([url, headers, body, mimeType]) =>
    recordWith({
      url,
      requestHeaders: headers,
      responseHeaders: headers,
      requestBody: { mimeType, text: body },
    }),
  );

describe("redaction (properties)", () => {
  it("leaves no secret value of a secret-named header, parameter, userinfo or member in the record", () => {
    fc.assert(
      fc.property(leakyRecord, (record) => {
        expect(JSON.stringify(redactRecord(record, hide))).not.toContain(MARK);
      }),
      options,
    );
  });

  it("keeps JSON bodies valid JSON", () => {
    fc.assert(
      fc.property(leakyJson, (json) => {
        expect(() =>
          JSON.parse(redactBody(JSON.stringify(json, null, 2), "application/json", hide)),
        ).not.toThrow();
      }),
      options,
    );
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.oneof(leakyRecord, anyRecord), (record) => {
        const once = redactRecord(record, hide);
        expect(redactRecord(once, hide)).toEqual(once);
      }),
      options,
    );
  });

  it("changes nothing with reveal", () => {
    fc.assert(
      fc.property(fc.oneof(leakyRecord, anyRecord), (record) => {
        const copy = structuredClone(record);
        expect(redactRecord(record, { reveal: true })).toEqual(copy);
        expect(redactHeaders(record.requestHeaders, { reveal: true })).toEqual(copy.requestHeaders);
        expect(redactUrl(record.url, { reveal: true })).toBe(copy.url);
        const body = record.requestBody;
        if (body) expect(redactBody(body.text, body.mimeType, { reveal: true })).toBe(body.text);
      }),
      options,
    );
  });
});
