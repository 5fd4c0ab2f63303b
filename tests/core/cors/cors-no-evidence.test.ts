import { describe, expect, it } from "vitest";
import { noEvidenceReason } from "../../../src/core/cors/cors-no-evidence";
import { recordWith } from "../record-builder";

const failed = (url: string, overrides = {}) =>
  recordWith({
    url,
    method: "GET",
    status: 0,
    failure: { kind: "cors", error: "net::ERR_FAILED" },
    ...overrides,
  });

describe("noEvidenceReason: a guess, and why, when the log lacks what decides the rule", () => {
  it.each<[string, string, string]>([
    ["https://shop.example.com", "http://192.168.1.20/api", "local-network"],
    ["https://shop.example.com", "http://10.0.0.5:8080/", "local-network"],
    ["https://shop.example.com", "http://printer.local/", "local-network"],
    ["https://shop.example.com", "http://localhost:3000/", "local-network"],
    ["https://shop.example.com", "http://[::1]:3000/", "local-network"],
    ["https://shop.example.com", "http://[fd00::1]/", "local-network"],
    ["http://192.168.1.4:5173", "http://127.0.0.1:8080/", "local-network"],
    // Same space, or a target whose address only DNS knows: nothing points at Local Network Access.
    ["http://localhost:5173", "http://127.0.0.1:8080/", "unknown"],
    ["https://shop.example.com", "https://api.example.com/", "unknown"],
    ["http://192.168.1.4:5173", "http://10.0.0.5/", "unknown"],
    ["https://shop.example.com", "https://8.8.8.8/", "unknown"],
  ])("from %s to %s: %s", (origin, url, reason) => {
    const found = noEvidenceReason(failed(url), origin, undefined);
    expect(found.reason).toBe(reason);
    expect(found.certainty).toBe("guess");
    expect(found.why).toMatch(/Console/);
  });

  it("names what calls for a preflight, without quoting a secret header's value", () => {
    const record = failed("https://api.example.com/", {
      method: "PUT",
      requestHeaders: {
        "Content-Type": "application/json",
        Authorization: "Bearer secret",
        "User-Agent": "x",
      },
    });
    const found = noEvidenceReason(record, "https://shop.example.com", undefined);
    expect(found.reason).toBe("preflight-failed");
    expect(found.values.map((v) => v.header)).toEqual(["Method", "Content-Type", "Authorization"]);
    expect(JSON.stringify(found)).not.toContain("secret");
  });
});
