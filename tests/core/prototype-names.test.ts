import { describe, expect, it } from "vitest";
import { matchesFilter, parseFilter } from "../../src/core/filter";
import { parseAuthChallenges, parseRateLimits, parseRetryAfter } from "../../src/core/hints";
import { headerValues, parseStructuredMembers } from "../../src/core/http";
import { explainFailure, searchReference } from "../../src/reference";
import { headersOf, recordWith } from "./record-builder";

// Every name a plain object answers to without owning it: what a lookup keyed by user input must never find.
const NAMES = [...Object.getOwnPropertyNames(Object.prototype), "__proto__", "prototype"];
const records = [
  recordWith({ status: 404 }),
  recordWith({ status: 0, failure: { kind: "cors", error: "net::ERR_FAILED" } }),
];

describe.each(NAMES)("the name %s, typed where user input goes", (name) => {
  it("is a filter key like any unknown word: plain text or a clear error, never a crash", () => {
    for (const query of [`${name}:1`, `-${name}:x`, `${name}:`, `${name.toUpperCase()}:1`]) {
      const parsed = parseFilter(query);
      if (parsed.ok)
        for (const record of records) expect(typeof matchesFilter(parsed.filter, record)).toBe("boolean");
      else expect(parsed.error.message).toMatch(/\w/);
    }
  });

  it("is no is: value, and matches no row", () => {
    for (const query of [`is:${name}`, `-is:${name}`]) {
      const parsed = parseFilter(query);
      expect(parsed.ok, query).toBe(false);
    }
  });

  it("is looked up by explain as words, finding no card by accident", () => {
    expect(Array.isArray(searchReference(name))).toBe(true);
    for (const entry of searchReference(name)) expect(typeof entry.name).toBe("string");
    expect(explainFailure(name).name).toMatch(/\w/);
    expect(explainFailure(`net::ERR_${name.toUpperCase()}`).name).toMatch(/\w/);
  });

  it("is an ordinary header name and value to every parser", () => {
    const headers = headersOf({ [name]: name, "WWW-Authenticate": `${name} ${name}=${name}` });
    expect(headerValues(headers, name)).toEqual([name]);
    expect(parseAuthChallenges(`${name} ${name}=${name}`)[0]?.params.get(name.toLowerCase())).toBe(name);
    expect(parseRetryAfter(name, new Date(0))).toBeUndefined();
    expect(Array.isArray(parseRateLimits(headers, new Date(0)))).toBe(true);
    expect(Array.isArray(parseStructuredMembers(`${name}=1, ${name};${name}`))).toBe(true);
  });
});
