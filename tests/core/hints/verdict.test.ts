import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explainExchange, explainRecord, meaningOf } from "../../../src/core/hints";
import { verdictOf } from "../../../src/core/hints/verdict";
import type { RequestRecord } from "../../../src/core/model";
import { linkPreflights, linkRedirects } from "../../../src/core/requests";
import { runs } from "../../fast-check-runs";
import { fixtureRecords } from "../har-fixture";
import { recordWith } from "../record-builder";

const NOW = new Date("2026-12-01T00:00:00Z");
const verdict = (record: RequestRecord, records: readonly RequestRecord[]) => {
  const { whoActs, retry, findings } = explainExchange(record, {
    now: NOW,
    chain: linkRedirects(records).get(record.id),
    preflight: linkPreflights(records).get(record.id),
  });
  return {
    who: whoActs.text,
    actor: whoActs.actor,
    retry: retry.text,
    findings: findings.map((f) => f.text),
  };
};

describe("who must act, for this exchange", () => {
  const demo = fixtureRecords("chromium-demo.har");
  const find = (records: RequestRecord[], method: string, suffix: string) =>
    records.find((r) => r.method === method && r.url.endsWith(suffix)) as RequestRecord;

  it("asks nothing of anyone for a 301 the browser followed to a 200", () => {
    const { actor, who, retry } = verdict(find(demo, "GET", "/redirect/301"), demo);
    expect(actor).toBe("nobody");
    expect(who).toBe("Nothing needs fixing: the browser followed the redirect to 200 OK.");
    expect(retry).toBe("");
  });

  it("still says the loop's redirects lead nowhere: a chain that failed is no success", () => {
    expect(verdict(find(demo, "GET", "/loop/a"), demo).actor).not.toBe("nobody");
  });

  it("never tells a rate-limited client both to change the request and to retry after a delay", () => {
    const { who, retry } = verdict(recordWith({ status: 429 }), []);
    expect(who).toBe("The client must slow down.");
    expect(retry).toBe("Retry after a delay.");
  });

  describe("a refused CORS preflight and its request, in Chromium's capture", () => {
    const records = fixtureRecords("chromium-preflight.har");
    const preflight = find(records, "OPTIONS", "/preflight/denied");
    const request = find(records, "PUT", "/preflight/denied");

    it("makes the preflight itself the failure, the server's to fix, not a '204 Nothing needs fixing'", () => {
      const said = verdict(preflight, records);
      expect(said.actor).toBe("server");
      expect(said.who).toMatch(/^The server must change its answer to this preflight/);
      expect(said.findings).toContain(
        "The method is not in Access-Control-Allow-Methods: The request is a PUT, and the preflight's Access-Control-Allow-Methods is missing. Add PUT to it (methods are case-sensitive).",
      );
    });

    it("says on the request why nothing reached the page: the rule its preflight broke", () => {
      expect(verdict(request, records).findings).toContain(
        "The method is not in Access-Control-Allow-Methods: The request is a PUT, and the preflight's Access-Control-Allow-Methods is missing. Add PUT to it (methods are case-sensitive).",
      );
    });

    it("says the same whatever order the log lists the two in", () => {
      const expected = [verdict(request, records), verdict(preflight, records)];
      fc.assert(
        fc.property(fc.shuffledSubarray(records, { minLength: records.length }), (shuffled) => {
          expect([verdict(request, shuffled), verdict(preflight, shuffled)]).toEqual(expected);
        }),
        { numRuns: runs(200) },
      );
    });

    it("leaves the allowed preflight and its PUT alone", () => {
      expect(verdict(find(records, "OPTIONS", "/preflight/ok"), records).actor).toBe("nobody");
      expect(verdict(find(records, "PUT", "/preflight/ok"), records).actor).toBe("nobody");
    });
  });

  it("does not call an exchange whose findings name an error 'nothing to fix'", () => {
    const record = recordWith({ status: 200 });
    const error = {
      topic: "cors",
      severity: "error" as const,
      text: "Access-Control-Allow-Origin is missing.",
    };
    const meaning = meaningOf(explainRecord(record));
    expect(meaning.whoActs.actor).toBe("nobody");
    expect(verdictOf(record, meaning, [error], {}).whoActs.actor).toBe("server");
    expect(verdictOf(record, meaning, [{ ...error, severity: "warning" }], {}).whoActs.actor).toBe("nobody");
  });
});
