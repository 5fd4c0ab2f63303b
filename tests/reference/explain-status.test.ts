import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { STATUS_CLASSES } from "../../src/core/model";
import { explainStatus } from "../../src/reference";
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
