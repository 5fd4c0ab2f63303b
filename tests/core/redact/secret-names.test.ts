import { describe, expect, it } from "vitest";
import { isSecretHeader, isSecretMember, isSecretParam } from "../../../src/core/redact";

describe("isSecretHeader", () => {
  it.each([
    "Authorization",
    "proxy-authorization",
    "Cookie",
    "Set-Cookie",
    "X-Api-Key",
    "X-Auth-Token",
    "X-CSRF-Token",
    "X-Amz-Security-Token",
    "X-Goog-Api-Key",
    "X-Client-Secret",
    "X-Hub-Signature",
    "Api-Key",
  ])("%s is secret", (name) => expect(isSecretHeader(name)).toBe(true));

  it.each([
    "Content-Type",
    "Accept",
    "WWW-Authenticate",
    "Access-Control-Allow-Credentials",
    "Sec-WebSocket-Key",
    "Referer",
    "Location",
    "X-Request-Id",
  ])("%s is not", (name) => expect(isSecretHeader(name)).toBe(false));
});

describe("isSecretParam", () => {
  it.each([
    "token",
    "access_token",
    "refresh_token",
    "id_token",
    "accessToken",
    "api_key",
    "apikey",
    "api-key",
    "key",
    "sig",
    "signature",
    "X-Amz-Signature",
    "X-Amz-Credential",
    "password",
    "new_password",
    "passwd",
    "secret",
    "client_secret",
    "code",
    "session",
    "session_id",
    "SAMLResponse",
  ])("%s is secret", (name) => expect(isSecretParam(name)).toBe(true));

  it.each(["state", "q", "page", "redirect_uri", "client_id", "grant_type", "scope", "user", "monkey"])(
    "%s is not",
    (name) => expect(isSecretParam(name)).toBe(false),
  );
});

describe("isSecretMember", () => {
  it("keeps JSON's error codes and ids in sight, not its passwords", () => {
    expect(isSecretMember("code")).toBe(false);
    expect(isSecretMember("key")).toBe(false);
    expect(isSecretMember("password")).toBe(true);
    expect(isSecretMember("refreshToken")).toBe(true);
  });
});
