import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FAILURE_KINDS } from "../../src/core/model";
import { explainFailure, explainFailureKind } from "../../src/reference";
import { expectWellFormed } from "./well-formed";

const REQUIRED = [
  "ABORTED",
  "FAILED",
  "BLOCKED_BY_CLIENT",
  "BLOCKED_BY_RESPONSE",
  "BLOCKED_BY_CSP",
  "BLOCKED_BY_ORB",
  "CONNECTION_CLOSED",
  "CONNECTION_RESET",
  "CONNECTION_REFUSED",
  "CONNECTION_TIMED_OUT",
  "TIMED_OUT",
  "NAME_NOT_RESOLVED",
  "INTERNET_DISCONNECTED",
  "ADDRESS_UNREACHABLE",
  "SSL_PROTOCOL_ERROR",
  "CERT_COMMON_NAME_INVALID",
  "CERT_DATE_INVALID",
  "CERT_AUTHORITY_INVALID",
  "TOO_MANY_REDIRECTS",
  "UNSAFE_PORT",
  "EMPTY_RESPONSE",
  "CONTENT_DECODING_FAILED",
  "HTTP2_PROTOCOL_ERROR",
  "QUIC_PROTOCOL_ERROR",
  "CONTENT_LENGTH_MISMATCH",
  "INCOMPLETE_CHUNKED_ENCODING",
  "CACHE_MISS",
];

describe("explainFailure", () => {
  it.each(REQUIRED)("has a card of its own for net::ERR_%s", (name) => {
    const entry = explainFailure(`net::ERR_${name}`);
    expect(entry).toMatchObject({ name: `net::ERR_${name}`, class: "failed", kind: "failure" });
    expect(entry.summary).not.toMatch(/no card/);
    expect(entry.hints.length).toBeGreaterThanOrEqual(2);
  });

  it("accepts the name without its prefix, in any case, with trailing detail", () => {
    expect(explainFailure("err_aborted").name).toBe("net::ERR_ABORTED");
    expect(explainFailure("  net::ERR_BLOCKED_BY_RESPONSE.NotSameOrigin ").name).toBe(
      "net::ERR_BLOCKED_BY_RESPONSE",
    );
  });

  it("maps Firefox names to the same cards", () => {
    expect(explainFailure("NS_ERROR_UNKNOWN_HOST").name).toBe("net::ERR_NAME_NOT_RESOLVED");
    expect(explainFailure("NS_BINDING_ABORTED").name).toBe("net::ERR_ABORTED");
  });

  it("gives an unknown net::ERR_ name a generic card naming it", () => {
    const entry = explainFailure("net::ERR_SOMETHING_NEW");
    expect(entry.name).toBe("net::ERR_SOMETHING_NEW");
    expect(entry.summary).toContain("ERR_SOMETHING_NEW");
    expect(entry.hints.join(" ")).toContain("ERR_SOMETHING_NEW");
  });

  it("gives empty text the no-response card, which explains how to tell the causes apart", () => {
    const entry = explainFailure("");
    expect(entry.name).toBe("No response (status 0)");
    expect(entry.explanation).toMatch(/CORS/);
  });

  it.each([
    ["CORS error", "Probable CORS rejection (status 0)"],
    ["(canceled)", "Request canceled (status 0)"],
    ["(blocked:mixed-content)", "Blocked by an extension or policy (status 0)"],
  ])("reads the DevTools label %s", (label, name) => {
    expect(explainFailure(label).name).toBe(name);
  });

  it("never throws and always returns a well-formed failure card", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((tail) => `net::ERR_${tail}`),
          fc.string({ unit: "binary" }),
        ),
        (text) => {
          const entry = explainFailure(text);
          expectWellFormed(entry);
          expect([entry.class, entry.kind]).toEqual(["failed", "failure"]);
          expect(entry.name.length).toBeLessThan(120);
        },
      ),
    );
  });
});

describe("explainFailureKind", () => {
  it.each(FAILURE_KINDS)("gives %s a status-0 card with at least two hints", (kind) => {
    const entry = explainFailureKind(kind);
    expect([entry.class, entry.kind]).toEqual(["failed", "failure"]);
    expect(entry.hints.length).toBeGreaterThanOrEqual(2);
  });

  it("falls back to the no-response card for any other kind at runtime", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constant("__proto__"), fc.constant("constructor")), (kind) => {
        const entry = explainFailureKind(kind as "unknown");
        expectWellFormed(entry);
        expect(entry.kind).toBe("failure");
      }),
    );
  });

  it("keeps CORS, canceled and blocked apart", () => {
    const names = new Set(
      ["cors", "canceled", "blocked"].map((kind) => explainFailureKind(kind as "cors").name),
    );
    expect(names.size).toBe(3);
  });
});
