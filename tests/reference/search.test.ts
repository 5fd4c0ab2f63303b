import { describe, expect, it } from "vitest";
import { ALL_ENTRIES, searchReference } from "../../src/reference";

describe("searchReference", () => {
  it.each([
    ["payload too large", 413],
    ["Request Entity Too Large", 413],
    ["unprocessable entity", 422],
    ["moved temporarily", 302],
    ["switch proxy", 306],
    ["I’m a teapot", 418],
    ["im a teapot", 418],
    ["too many requests", 429],
    ["429", 429],
    ["client closed request", 499],
  ])("finds %s first as %i", (query, code) => {
    expect(searchReference(query)[0]?.code).toBe(code);
  });

  it("finds failures by name", () => {
    expect(searchReference("net::ERR_CONNECTION_REFUSED")[0]?.name).toBe("net::ERR_CONNECTION_REFUSED");
    expect(searchReference("connection refused")[0]?.name).toBe("net::ERR_CONNECTION_REFUSED");
  });

  it("gives a Firefox NS_ERROR_ name its one card, as a net::ERR_ name", () => {
    // Words search also matched NS_ERROR_PROXY_CONNECTION_REFUSED's card: a name has one card, not a list.
    expect(searchReference("NS_ERROR_CONNECTION_REFUSED").map((entry) => entry.name)).toEqual([
      "net::ERR_CONNECTION_REFUSED",
    ]);
    expect(searchReference("ns_error_offline").map((entry) => entry.name)).toEqual([
      "net::ERR_INTERNET_DISCONNECTED",
    ]);
    // An unknown one still gets a card that names it, instead of nothing.
    const [unknown, ...more] = searchReference("NS_ERROR_SOMETHING_NEW");
    expect(more).toEqual([]);
    expect(unknown?.class).toBe("failed");
    expect(JSON.stringify(unknown)).toContain("NS_ERROR_SOMETHING_NEW");
  });

  it("resolves every name and alias to its card", () => {
    for (const entry of ALL_ENTRIES) {
      for (const text of [entry.name, ...entry.aliases]) {
        expect(searchReference(text), `${text} → ${entry.name}`).toContain(entry);
      }
    }
  });

  it("returns nothing for text that matches nothing", () => {
    expect(searchReference("zzz no such status")).toEqual([]);
    expect(searchReference("   ")).toEqual([]);
  });
});

describe("searchReference for the command line's queries", () => {
  it("gives a negative code (Playwright's -1) its one card, as explain did with its own lookup", () => {
    expect(searchReference("-1")).toHaveLength(1);
    expect(searchReference("net::ERR_NOT_A_REAL_ONE please")).toHaveLength(1);
  });
});
