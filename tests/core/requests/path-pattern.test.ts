import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pathPattern } from "../../../src/core/requests/path-pattern";

describe("pathPattern", () => {
  it.each([
    ["/api/users/42", "/api/users/:id"],
    ["/api/users/42/orders/7?expand=1", "/api/users/:id/orders/:id"],
    ["/v1/users/550e8400-e29b-41d4-a716-446655440000", "/v1/users/:uuid"],
    ["/v1/users/550E8400-E29B-41D4-A716-446655440000/avatar", "/v1/users/:uuid/avatar"],
    ["/v1/files/d41d8cd98f00b204e9800998ecf8427e", "/v1/files/:hash"],
    ["/commits/da39a3ee5e6b4b0d3255bfef95601890afd80709", "/commits/:hash"],
    ["/static/app.3f9a8c2b1d4e5f60.js", "/static/app.:hash.js"],
    ["/static/app.3f9a8c2b.js", "/static/app.3f9a8c2b.js"],
    ["/v2/reports/2026/11", "/v2/reports/:id/:id"],
    ["/api/v2/items", "/api/v2/items"],
    ["/feedface", "/feedface"],
    ["/accessibility-statement", "/accessibility-statement"],
    ["/", "/"],
    ["", "/"],
    ["?q=1", "/"],
    ["/search?q=42", "/search"],
    ["/a/#/route/5", "/a/"],
    ["/users/42/", "/users/:id/"],
  ])("%s → %s", (path, pattern) => {
    expect(pathPattern(path)).toBe(pattern);
  });

  it("is idempotent, drops query and fragment, keeps the segment count (property)", () => {
    const segment = fc.oneof(
      fc.nat().map(String),
      fc.uuid(),
      fc.stringMatching(/^[0-9a-f]{16,40}$/),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.array(segment), fc.string(), (segments, query) => {
        const path = `/${segments.join("/")}`;
        const once = pathPattern(`${path}?${query}`);
        expect(pathPattern(once)).toBe(once);
        expect(once).not.toMatch(/[?#]/);
        if (!/[?#]/.test(path) && path !== "/") expect(once.split("/")).toHaveLength(path.split("/").length);
      }),
    );
  });
});
