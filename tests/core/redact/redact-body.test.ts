import { describe, expect, it } from "vitest";
import { redactBody } from "../../../src/core/redact";

const hide = (text: string, mimeType: string) => redactBody(text, mimeType, { reveal: false });

describe("redactBody", () => {
  it("hides form fields with secret names", () => {
    expect(hide("password=x&user=y", "application/x-www-form-urlencoded")).toBe("password=[redacted]&user=y");
    expect(
      hide(
        "grant_type=authorization_code&code=SplxlOBe&client_secret=abc&redirect_uri=https%3A%2F%2Fa",
        "application/x-www-form-urlencoded; charset=UTF-8",
      ),
    ).toBe(
      "grant_type=authorization_code&code=[redacted]&client_secret=[redacted]&redirect_uri=https%3A%2F%2Fa",
    );
  });

  it("hides JSON members at any depth and keeps valid JSON", () => {
    const out = hide(
      '{"user":{"name":"ann","password":"x"},"tokens":[{"refresh_token":"r1"}]}',
      "application/json",
    );
    expect(JSON.parse(out)).toEqual({
      user: { name: "ann", password: "[redacted]" },
      tokens: [{ refresh_token: "[redacted]" }],
    });
  });

  it("keeps an indented JSON body indented, and an untouched one byte for byte", () => {
    const indented = '{\n    "password": "x",\n    "n": 1\n}';
    expect(hide(indented, "application/json")).toBe('{\n    "password": "[redacted]",\n    "n": 1\n}');
    const plain = '{ "code": "invalid_request",  "detail": "x" }';
    expect(hide(plain, "application/problem+json")).toBe(plain);
  });

  it("reads JSON sent as text/plain when it parses, and leaves other text alone", () => {
    expect(hide('{"token":"t"}', "text/plain")).toBe('{"token":"[redacted]"}');
    expect(hide("password: hunter2", "text/plain")).toBe("password: hunter2");
    expect(hide("{not json", "application/json")).toBe("{not json");
  });

  it("changes nothing with reveal", () => {
    expect(redactBody("password=x", "application/x-www-form-urlencoded", { reveal: true })).toBe(
      "password=x",
    );
  });
});
