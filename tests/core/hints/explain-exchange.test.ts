import { describe, expect, it } from "vitest";
import { answeredAt, explainExchange } from "../../../src/core/hints/explain-exchange";
import type { RedirectChain } from "../../../src/core/requests";
import { recordWith } from "../record-builder";

const NOW = new Date("2031-01-01T00:00:00Z");
const hop = (status: number, url: string) => ({ id: url, status, method: "GET", host: "a.test", url });
const plainChain: RedirectChain = {
  hops: [hop(301, "https://a.test/old"), hop(200, "https://a.test/new")],
  redirects: 1,
  loop: false,
  tooLong: false,
  limitReached: false,
  methodChanged: false,
};

describe("explainExchange", () => {
  it("gives the reference card's title, meaning, advice and checklist for the code", () => {
    const explained = explainExchange(recordWith({ status: 404 }), { now: NOW });
    expect(explained.title).toBe("404 Not Found");
    expect(explained.summary).toBe(explained.entry.summary);
    expect(explained.whoActs).toEqual({ actor: "client", text: "The client must change the request." });
    expect(explained.retry.advice).toBe(explained.entry.retry);
    expect(explained.checklist).toEqual(explained.entry.hints);
    expect(explained.chain).toBeUndefined();
  });

  it("reads Retry-After as of when the response arrived, not as of the clock", () => {
    const record = recordWith({
      status: 429,
      startedDateTime: "2026-11-25T10:00:00.000Z",
      timeMs: 500,
      responseHeaders: { "Retry-After": "Wed, 25 Nov 2026 10:00:30 GMT" },
    });
    const texts = explainExchange(record, { now: NOW, timeZoneOffsetMinutes: 0 }).findings.map((f) => f.text);
    expect(texts.join("\n")).toMatch(/wait 30 s after the response/);
  });

  it("uses the response body it is given", () => {
    const record = recordWith({ status: 400, responseMimeType: "application/problem+json" });
    const responseBody = JSON.stringify({ title: "Bad input", detail: "name is required" });
    const texts = explainExchange(record, { now: NOW, responseBody }).findings.map((f) => f.text);
    expect(texts.join("\n")).toContain("name is required");
  });

  it.each([
    {
      why: "a plain chain is shown as hops, not as a finding",
      status: 200,
      chain: plainChain,
      chained: false,
    },
    { why: "a failed request's chain is a finding", status: 404, chain: plainChain, chained: true },
    { why: "a loop is a finding", status: 200, chain: { ...plainChain, loop: true }, chained: true },
  ])("$why", ({ status, chain, chained }) => {
    const explained = explainExchange(recordWith({ status }), { now: NOW, chain });
    expect(explained.chain).toBe(chain);
    expect(explained.findings.some((f) => f.topic === "redirect-chain")).toBe(chained);
  });
});

describe("answeredAt", () => {
  it.each([
    { started: "2026-11-25T10:00:00.000Z", timeMs: 250, at: "2026-11-25T10:00:00.250Z" },
    { started: "2026-11-25T10:00:00.000Z", timeMs: -1, at: "2026-11-25T10:00:00.000Z" },
    { started: "", timeMs: 250, at: NOW.toISOString() },
  ])("started $started after $timeMs ms: $at", ({ started, timeMs, at }) => {
    expect(answeredAt(recordWith({ startedDateTime: started, timeMs }), NOW).toISOString()).toBe(at);
  });
});
