import { describe, expect, it } from "vitest";
import { redactHeaders } from "../../../src/core/redact";

const hide = (name: string, value: string) => redactHeaders([{ name, value }], { reveal: false })[0]?.value;

describe("redactHeaders", () => {
  it.each([
    ["Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.sig", "Bearer [redacted]"],
    ["Authorization", "Basic dXNlcjpwYXNzd29yZA==", "Basic [redacted]"],
    ["Authorization", "sk_live_51Habc", "[redacted]"],
    ["Authorization", "s3cr3t-with space", "[redacted]"],
    ["Proxy-Authorization", 'Digest username="a", response="b"', "Digest [redacted]"],
    ["Cookie", "session=8f2a9c; theme=dark", "session=[redacted]; theme=[redacted]"],
    [
      "Set-Cookie",
      "session=8f2a9c; Path=/; HttpOnly; Secure",
      "session=[redacted]; Path=/; HttpOnly; Secure",
    ],
    ["X-Api-Key", "abc123", "[redacted]"],
    ["X-Auth-Token", "abc123", "[redacted]"],
    [
      "Referer",
      "https://app.example.com/reset?token=abc123&lang=en",
      "https://app.example.com/reset?token=[redacted]&lang=en",
    ],
    ["Location", "/login/callback?code=xyz&state=1", "/login/callback?code=[redacted]&state=1"],
    ["Refresh", "0; url=/next?token=abc", "0; url=/next?token=[redacted]"],
    ["Content-Type", "application/json", "application/json"],
    ["WWW-Authenticate", 'Bearer error="invalid_token"', 'Bearer error="invalid_token"'],
  ])("%s: %s → %s", (name, value, expected) => {
    expect(hide(name, value)).toBe(expected);
    expect(hide(name, expected)).toBe(expected);
  });

  it("keeps names and order, and copies the list as it is with reveal", () => {
    const headers = [
      { name: "Cookie", value: "a=1" },
      { name: "Accept", value: "*/*" },
    ];
    expect(redactHeaders(headers, { reveal: false }).map((h) => h.name)).toEqual(["Cookie", "Accept"]);
    const shown = redactHeaders(headers, { reveal: true });
    expect(shown).toEqual(headers);
    expect(shown).not.toBe(headers);
  });
});
