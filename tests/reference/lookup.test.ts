import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  explainFailure,
  explainFailureKind,
  explainStatus,
  FAILURE_KINDS,
  STATUS_CLASSES,
} from "../../src/reference";
import { expectWellFormed } from "./well-formed";

describe("explainStatus", () => {
  it("gives 0 the no-response failure card", () => {
    const entry = explainStatus(0);
    expect(entry).toMatchObject({ class: "failed", kind: "failure" });
    expect(entry.code).toBeUndefined();
  });

  it.each([
    [437, "4xx"],
    [150, "1xx"],
    [299, "2xx"],
    [399, "3xx"],
    [558, "5xx"],
  ])("gives unregistered %i its class card", (code, statusClass) => {
    expect(explainStatus(code)).toMatchObject({ code, class: statusClass, kind: "fallback" });
    expect(explainStatus(code).summary).toContain(statusClass);
  });

  it.each([-1, 1, 99, 600, 999, 1000, 1.5, Number.NaN, Number.POSITIVE_INFINITY])(
    "calls %d not a valid HTTP status",
    (code) => {
      const entry = explainStatus(code);
      expect(entry).toMatchObject({ name: "Not a valid HTTP status", class: "failed", kind: "fallback" });
    },
  );

  it("never throws and returns a well-formed entry of the right class and kind for any number", () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.integer({ min: -10, max: 1100 }), fc.double()), (code) => {
        const entry = explainStatus(code);
        expectWellFormed(entry);
        if (code === 0) {
          expect([entry.class, entry.kind]).toEqual(["failed", "failure"]);
        } else if (Number.isInteger(code) && code >= 100 && code <= 599) {
          expect(entry.class).toBe(STATUS_CLASSES[Math.floor(code / 100) - 1]);
          expect(["standard", "unofficial", "fallback"]).toContain(entry.kind);
          expect(entry.code).toBe(code);
        } else {
          expect([entry.class, entry.kind]).toEqual(["failed", "fallback"]);
        }
      }),
    );
  });
});

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
