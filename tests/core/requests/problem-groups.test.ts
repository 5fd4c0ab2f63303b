import { describe, expect, it } from "vitest";
import { groupProblems } from "../../../src/core/requests";
import { recordWith } from "../record-builder";

const page = { Origin: "https://app.example.com", "Sec-Fetch-Mode": "cors" };
const cors = (path: string) =>
  recordWith({
    url: `https://api.example.com${path}`,
    status: 0,
    failure: { kind: "cors", error: "net::ERR_FAILED" },
    requestHeaders: page,
  });
const refused = (url: string) =>
  recordWith({ url, status: 0, failure: { kind: "network", error: "net::ERR_CONNECTION_REFUSED" } });

describe("groupProblems", () => {
  it("groups CORS failures to one origin across endpoints, with a cause naming both origins", () => {
    const records = [cors("/a"), cors("/b/1"), cors("/c"), recordWith()];
    const [group, ...rest] = groupProblems(records);
    expect(rest).toEqual([]);
    expect(group).toMatchObject({ count: 3, severity: "error", ids: records.slice(0, 3).map((r) => r.id) });
    expect(group?.cause).toBe(
      "Requests from https://app.example.com to https://api.example.com are blocked by CORS (the response has no Access-Control-Allow-Origin): https://api.example.com must allow https://app.example.com.",
    );
  });

  it("groups 401s by the Bearer error they share, and names the fix", () => {
    const expired = (path: string) =>
      recordWith({
        url: `https://api.example.com${path}`,
        status: 401,
        responseHeaders: { "WWW-Authenticate": 'Bearer error="invalid_token", error_description="expired"' },
      });
    const groups = groupProblems([expired("/me"), expired("/orders"), expired("/cart")]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.count).toBe(3);
    expect(groups[0]?.cause).toMatch(
      /^api\.example\.com rejects the Bearer token with error="invalid_token": .*renew it/,
    );
  });

  it("groups connection refusals and DNS failures per host, each one standing alone", () => {
    const groups = groupProblems([
      refused("http://localhost:3001/a"),
      refused("http://localhost:3001/b"),
      refused("http://localhost:4000/"),
      recordWith({
        url: "https://api.exmaple.com/x",
        status: 0,
        failure: { kind: "network", error: "net::ERR_NAME_NOT_RESOLVED" },
      }),
    ]);
    expect(groups.map((g) => [g.count, g.cause.split(" ")[0]])).toEqual([
      [2, "localhost:3001"],
      [1, "localhost:4000"],
      [1, "api.exmaple.com"],
    ]);
    expect(groups[2]?.cause).toContain("does not resolve");
  });

  it("needs two 5xx from one host and server before it speaks of a shared cause", () => {
    const bad = (status: number) =>
      recordWith({ url: "https://api.example.com/x", status, responseHeaders: { Server: "nginx/1.25" } });
    expect(groupProblems([bad(502)])).toEqual([]);
    const [group] = groupProblems([bad(502), bad(504), recordWith({ status: 500 })]);
    expect(group).toMatchObject({ count: 2, severity: "error" });
    expect(group?.cause).toMatch(/^api\.example\.com \(Server: nginx\) fails with 502, 504/);
  });

  it("puts 429s per host as a warning after errors of the same size", () => {
    const limited = recordWith({ url: "https://api.example.com/search", status: 429 });
    const groups = groupProblems([limited, refused("http://localhost:1/")]);
    expect(groups.map((g) => g.severity)).toEqual(["error", "warning"]);
    expect(groups[1]?.cause).toContain("rate-limits the page (429 Too Many Requests)");
  });

  it("names what a refused preflight lacks, apart from requests blocked for want of Access-Control-Allow-Origin", () => {
    const preflight = recordWith({
      method: "OPTIONS",
      url: "https://api.example.com/items/1",
      status: 204,
      requestHeaders: { ...page, "Access-Control-Request-Method": "PUT" },
      responseHeaders: {
        "Access-Control-Allow-Origin": "https://app.example.com",
        "Access-Control-Allow-Methods": "GET, POST",
      },
    });
    const groups = groupProblems([preflight, cors("/items/1")]);
    expect(groups.map((g) => g.cause)).toEqual([
      "The CORS preflight from https://app.example.com to https://api.example.com does not list PUT in Access-Control-Allow-Methods (GET, POST): the server must allow it, or the browser never sends the request.",
      expect.stringMatching(
        /^Requests from https:\/\/app\.example\.com to https:\/\/api\.example\.com are blocked by CORS/,
      ),
    ]);
  });

  it("says nothing about plain failures without a shared cause, nor about canceled requests", () => {
    expect(
      groupProblems([
        recordWith({ status: 404 }),
        recordWith({ status: 0, failure: { kind: "canceled", error: "net::ERR_ABORTED" } }),
      ]),
    ).toEqual([]);
  });
});

describe("a Bearer error the server names oddly", () => {
  it.each(["constructor", "__proto__", "toString"])("groups error=%s with a plain sentence", (error) => {
    const record = recordWith({
      status: 401,
      host: "api.example",
      responseHeaders: { "WWW-Authenticate": `Bearer error="${error}"` },
    });
    const [group] = groupProblems([record, { ...record, id: `${record.id}b` }]);
    expect(group?.cause).toMatch(new RegExp(`error="${error}": read the error_description`));
  });
});
