import { describe, expect, it } from "vitest";
import { explainRecord } from "../../../src/core/hints/explain-record";
import { recordWith } from "../record-builder";

describe("explainRecord", () => {
  it("explains a status by its code, whatever the server called it", () => {
    const card = explainRecord(recordWith({ status: 404, statusText: "Nothing Here" }));
    expect([card.code, card.name, card.kind]).toEqual([404, "Not Found", "standard"]);
  });

  it("explains a named network failure by its error", () => {
    const card = explainRecord(
      recordWith({ status: 0, failure: { kind: "network", error: "net::ERR_CONNECTION_REFUSED" } }),
    );
    expect(card.kind).toBe("failure");
    expect(card.name).toMatch(/refused/i);
  });

  it("gives a CORS block the CORS card, not the generic ERR_FAILED one", () => {
    const cors = explainRecord(
      recordWith({ status: 200, failure: { kind: "cors", error: "net::ERR_FAILED" } }),
    );
    const generic = explainRecord(
      recordWith({ status: 0, failure: { kind: "network", error: "net::ERR_FAILED" } }),
    );
    expect(cors.name).toMatch(/CORS/);
    expect(cors.name).not.toBe(generic.name);
  });

  it("picks the card by failure kind when there is no error name", () => {
    const card = explainRecord(recordWith({ status: 0, failure: { kind: "canceled" } }));
    expect(card.class).toBe("failed");
    expect(card.name).toMatch(/cancel/i);
  });

  it("explains a request still waiting for its answer as a wait, not as a failure", () => {
    const card = explainRecord(recordWith({ status: 0, failure: { kind: "unknown" }, pending: true }));
    expect(card.name).toBe("Waiting for a response (pending)");
    expect(card.summary).not.toMatch(/ended/);
  });
});
