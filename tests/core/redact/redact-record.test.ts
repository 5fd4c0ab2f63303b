import { describe, expect, it } from "vitest";
import { REDACTED, redactRecord, redactText, secretsOf } from "../../../src/core/redact";
import { recordWith } from "../record-builder";

const leaky = () =>
  recordWith({
    method: "POST",
    url: "https://user:pass@api.example.com/login?access_token=tok123&next=%2Fhome",
    status: 302,
    redirectURL: "https://app.example.com/cb?code=abc987&state=s1",
    initiator: "https://app.example.com/app.js?sig=zz9911",
    requestHeaders: {
      Authorization: "Bearer eyJhbGciOiJIUzI1NiJ9.e30.ZRrHA1JJ",
      Cookie: "session=c00kie42",
      Referer: "https://app.example.com/reset?token=ref5555",
    },
    responseHeaders: {
      Location: "https://app.example.com/cb?code=abc987&state=s1",
      "Set-Cookie": "sid=new777; Path=/",
    },
    requestBody: { mimeType: "application/x-www-form-urlencoded", text: "password=hunter2&user=ann" },
    responseBody: { mimeType: "application/json", text: '{"user":{"password":"pw4444"}}' },
  });

const SECRETS = [
  "user:pass",
  "tok123",
  "abc987",
  "zz9911",
  "eyJhbGciOiJIUzI1NiJ9",
  "c00kie42",
  "ref5555",
  "new777",
  "hunter2",
  "pw4444",
];

describe("redactRecord", () => {
  it("hides each secret wherever the record holds it", () => {
    const record = leaky();
    const shown = JSON.stringify(redactRecord(record, { reveal: false }));
    for (const secret of SECRETS) expect(shown).not.toContain(secret);
    expect(redactRecord(record, { reveal: false })).toMatchObject({
      url: "https://[redacted]@api.example.com/login?access_token=[redacted]&next=%2Fhome",
      path: "/login?access_token=[redacted]&next=%2Fhome",
      redirectURL: "https://app.example.com/cb?code=[redacted]&state=s1",
      requestBody: { text: "password=[redacted]&user=ann" },
    });
  });

  it("returns the record itself with reveal", () => {
    const record = leaky();
    expect(redactRecord(record, { reveal: true })).toBe(record);
  });

  it("leaves a base64 response body alone", () => {
    const record = recordWith({
      responseBody: { mimeType: "application/json", text: "eyJ0b2tlbiI6IngifQ==", encoding: "base64" },
    });
    expect(redactRecord(record, { reveal: false }).responseBody?.text).toBe("eyJ0b2tlbiI6IngifQ==");
  });
});

describe("redactText", () => {
  it("hides the record's secrets in text derived from it (a finding quoting the Location)", () => {
    const record = leaky();
    expect(secretsOf(record)).toEqual(expect.arrayContaining(["abc987", "hunter2", "pw4444", "c00kie42"]));
    expect(
      redactText("Redirects to https://app.example.com/cb?code=abc987&state=s1.", record, { reveal: false }),
    ).toBe(`Redirects to https://app.example.com/cb?code=${REDACTED}&state=s1.`);
    expect(redactText("code abc987", record, { reveal: true })).toBe("code abc987");
  });
});
