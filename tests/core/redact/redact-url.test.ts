import { describe, expect, it } from "vitest";
import { redactUrl } from "../../../src/core/redact";

const hide = (url: string) => redactUrl(url, { reveal: false });

describe("redactUrl", () => {
  it.each([
    [
      "https://api.example.com/me?access_token=eyJhbGciOiJIUzI1NiJ9.e30.abc&fields=name",
      "https://api.example.com/me?access_token=[redacted]&fields=name",
    ],
    ["/a?token=x", "/a?token=[redacted]"],
    ["https://user:pass@db.example.com:8443/x", "https://[redacted]@db.example.com:8443/x"],
    ["https://ghp_abc123@github.com/o/r.git", "https://[redacted]@github.com/o/r.git"],
    [
      "https://app.example.com/callback?code=SplxlOBeZQQYbYS6WxSbIA&state=xyz",
      "https://app.example.com/callback?code=[redacted]&state=xyz",
    ],
    [
      "https://app.example.com/cb#access_token=2YotnFZFEjr1zCsicMWpAA&token_type=bearer",
      "https://app.example.com/cb#access_token=[redacted]&token_type=bearer",
    ],
    [
      "https://bucket.s3.amazonaws.com/k?X-Amz-Credential=AKIA%2F2026&X-Amz-Signature=fe5f80f7&X-Amz-Expires=60",
      "https://bucket.s3.amazonaws.com/k?X-Amz-Credential=[redacted]&X-Amz-Signature=[redacted]&X-Amz-Expires=60",
    ],
    ["https://x.example/?api%5Fkey=abc", "https://x.example/?api%5Fkey=[redacted]"],
    ["https://x.example/search?q=a%20b&page=2#top", "https://x.example/search?q=a%20b&page=2#top"],
    ["not a url ?password=hunter2", "not a url ?password=[redacted]"],
    ["", ""],
  ])("%s → %s", (url, expected) => {
    expect(hide(url)).toBe(expected);
    expect(hide(expected)).toBe(expected);
  });

  it("leaves the URL as it is with reveal", () => {
    const url = "https://user:pass@x.example/?token=abc";
    expect(redactUrl(url, { reveal: true })).toBe(url);
  });
});
