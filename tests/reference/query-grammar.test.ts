import { describe, expect, it } from "vitest";
import { ALL_ENTRIES, cardTitle, type QueryKind, queryKindOf, searchReference } from "../../src/reference";
import { expectWellFormed } from "./well-formed";

// One row per form the lookup and `status-lens explain` accept: the kind it reads as, the one card it gives.
describe("the query grammar", () => {
  it.each<[string, QueryKind, string]>([
    ["404", "status", "404 Not Found"],
    ["  429 ", "status", "429 Too Many Requests"],
    ["0", "status", "No response (status 0)"],
    ["404.13", "sub-status", "404 Not Found"],
    ["500.19", "sub-status", "500 Internal Server Error"],
    ["-105", "net-error-number", "net::ERR_NAME_NOT_RESOLVED"],
    ["-102", "net-error-number", "net::ERR_CONNECTION_REFUSED"],
    ["-3", "net-error-number", "net::ERR_ABORTED"],
    ["-200", "net-error-number", "net::ERR_CERT_COMMON_NAME_INVALID"],
    ["-310", "net-error-number", "net::ERR_TOO_MANY_REDIRECTS"],
    ["-0", "net-error-number", "No response (status 0)"],
    ["net::ERR_CONNECTION_REFUSED", "error-name", "net::ERR_CONNECTION_REFUSED"],
    ["ERR_CONNECTION_REFUSED", "error-name", "net::ERR_CONNECTION_REFUSED"],
    ["err_aborted", "error-name", "net::ERR_ABORTED"],
    ["NS_ERROR_OFFLINE", "error-name", "net::ERR_INTERNET_DISCONNECTED"],
    ["NS_BINDING_ABORTED", "error-name", "net::ERR_ABORTED"],
    ["ws:1006", "close-code", "WebSocket 1006 Abnormal Closure"],
    [" WS: 4001 ", "close-code", "WebSocket 4001 Private use (4000–4999)"],
    ["ws:99999", "close-code", "Not a WebSocket close code"],
    ["payload too large", "words", "413 Content Too Large"],
    ["name not resolved", "words", "net::ERR_NAME_NOT_RESOLVED"],
  ])("reads %j as %s: %s", (query, kind, title) => {
    expect(queryKindOf(query)).toBe(kind);
    const [best, ...more] = searchReference(query);
    expect(best && cardTitle(best)).toBe(title);
    if (kind !== "words") expect(more).toEqual([]);
  });

  it("names the IIS sub-status it has no card for, on the status card", () => {
    const [entry] = searchReference("404.99");
    expect(entry?.code).toBe(404);
    expect(entry?.note).toBe("Sub-status .99 is IIS's; no card for it yet, so this is the card for 404.");
    // The note belongs to this answer, not to the shared card.
    expect(searchReference("404")[0]?.note).toBeUndefined();
  });

  it("says an unknown net error number is unknown, not an invalid HTTP status", () => {
    const [entry, ...more] = searchReference("-119");
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ name: "Chromium net error -119", class: "failed", kind: "failure" });
    expect(entry?.explanation).toContain("-119 would be a connection error");
    expect(searchReference("-99999")[0]?.name).toBe("Chromium net error -99999");
    expect(searchReference("-9".repeat(200))[0]?.name.length).toBeLessThan(120);
    for (const query of ["-119", "-99999"]) expect(searchReference(query)[0]?.name).not.toMatch(/valid HTTP/);
  });

  it("gives -1 the no-response card, saying what -1 means to Playwright and to Chromium", () => {
    const [entry] = searchReference("-1");
    expect(entry?.name).toBe("No response (status 0)");
    expect(entry?.note).toContain("ERR_IO_PENDING");
  });

  it("gives every net::ERR_ card a distinct negative number that finds it", () => {
    const netErrors = ALL_ENTRIES.filter((entry) => entry.name.startsWith("net::ERR_"));
    const numbers = netErrors.map((entry) => entry.netErrorNumber);
    expect(new Set(numbers).size).toBe(netErrors.length);
    for (const entry of netErrors) {
      expect(Number.isInteger(entry.netErrorNumber) && (entry.netErrorNumber ?? 0) < 0, entry.name).toBe(
        true,
      );
      expect(searchReference(String(entry.netErrorNumber))).toEqual([entry]);
    }
  });

  it.each(["404.13", "-1", "-104", "-105"])("answers %s with well-formed entries", (query) => {
    for (const entry of searchReference(query)) expectWellFormed(entry);
  });
});
