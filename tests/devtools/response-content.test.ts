import { describe, expect, it } from "vitest";
import { contentGetterOf } from "../../src/devtools/response-content";
import { chromiumRequest, firefoxRequest } from "./fake-devtools";

describe("contentGetterOf", () => {
  it("reads Chromium's (body, encoding), keeping base64 bodies marked", async () => {
    expect(await contentGetterOf(chromiumRequest('{"ok":false}', ""))()).toBe('{"ok":false}');
    expect(await contentGetterOf(chromiumRequest("iVBORw0KGgo=", "base64"))()).toEqual({
      text: "iVBORw0KGgo=",
      encoding: "base64",
    });
  });

  it("reads Firefox's (body, mimeType) without taking the MIME type for an encoding", async () => {
    expect(
      await contentGetterOf(firefoxRequest("email is already taken", "application/problem+json"))(),
    ).toBe("email is already taken");
  });

  it("reads Firefox's promise of [body, mimeType] when the callback is never called", async () => {
    const promiseOnly = { getContent: () => Promise.resolve(["not found", "text/plain"]) };
    expect(await contentGetterOf(promiseOnly)()).toBe("not found");
  });

  it('gives "" for a body DevTools no longer holds, a failed request, or no getContent at all', async () => {
    expect(await contentGetterOf(chromiumRequest(null, ""))()).toBe("");
    expect(await contentGetterOf(firefoxRequest("", null))()).toBe("");
    expect(await contentGetterOf({ request: { url: "https://app.test/" } })()).toBe("");
    expect(await contentGetterOf({ getContent: () => Promise.reject(new Error("gone")) })()).toBe("");
  });
});
