import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { explainExchange } from "../../../src/core/hints/explain-exchange";
import { entryAsOf, explainRecord } from "../../../src/core/hints/explain-record";
import { FAILURE_KINDS, failureKindOfError, type RequestRecord } from "../../../src/core/model";
import { explainFailure, explainFailureKind, explainStatus } from "../../../src/reference";
import { fixtureRecords } from "../har-fixture";
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

describe("one reading of a failure: the row's kind and the card agree", () => {
  const fixtures = readdirSync("tests/fixtures/har").filter((name) => name.endsWith(".har"));
  const failures = fixtures.flatMap((name) =>
    fixtureRecords(name)
      .filter((record) => record.failure)
      .map((record) => [name, record.failure?.error ?? "", record] as const),
  );
  // A card for a failure with no kind of its own (a network error, or status 0 unexplained) serves both.
  const kindOfCard = (record: RequestRecord) => {
    const card = explainRecord(record);
    for (const kind of FAILURE_KINDS) if (card === explainFailureKind(kind)) return kind;
    return failureKindOfError(card.name) ?? "network";
  };
  const same = (kind: string) => (kind === "unknown" ? "network" : kind);

  it("finds failures in the fixtures, of every kind", () => {
    expect(new Set(failures.map(([, , r]) => r.failure?.kind))).toEqual(
      new Set(["network", "canceled", "blocked", "cors", "unknown"]),
    );
  });

  it.each(failures)("%s: %s", (_file, _error, record) => {
    expect(same(kindOfCard(record))).toBe(same(record.failure?.kind ?? ""));
  });

  it.each([
    "Access to fetch at 'https://api.example/x' has been blocked by CORS policy",
    "Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource (Reason: CORS header missing)",
  ])("reads %j as CORS, in the row and on the card", (error) => {
    expect(failureKindOfError(error)).toBe("cors");
    expect(explainFailure(error)).toBe(explainFailureKind("cors"));
  });
});

describe("entryAsOf: a card read at a moment", () => {
  const card104 = explainStatus(104);

  it("says a temporary registration has expired once its date has passed, by the clock it is given", () => {
    expect(card104.expires).toBeDefined();
    expect(entryAsOf(card104, new Date("2026-12-01T00:00:00Z")).note).toMatch(/expired on 2026-11-13/);
    expect(entryAsOf(card104, new Date("2026-11-01T00:00:00Z")).note).toBeUndefined();
  });

  it("leaves every other card as it is", () => {
    expect(entryAsOf(explainStatus(404), new Date("2100-01-01T00:00:00Z"))).toBe(explainStatus(404));
  });

  it("puts the expiry in what the card and the CLI say of a 104 exchange", () => {
    const explained = explainExchange(recordWith({ status: 104 }), { now: new Date("2026-12-01T00:00:00Z") });
    expect(explained.entry.note).toMatch(/expired on 2026-11-13/);
  });
});
