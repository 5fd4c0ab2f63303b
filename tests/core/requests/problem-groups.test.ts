import { describe, expect, it } from "vitest";
import { groupProblems } from "../../../src/core/requests";
import { recordWith } from "../record-builder";

const page = { Origin: "https://app.example.com", "Sec-Fetch-Mode": "cors" };
/** Blocked after the server answered without Access-Control-Allow-Origin: Chromium keeps status and headers. */
const cors = (path: string, method = "GET") =>
  recordWith({
    url: `https://api.example.com${path}`,
    method,
    status: 0,
    withheldStatus: 200,
    failure: { kind: "cors", error: "net::ERR_FAILED" },
    requestHeaders: page,
    responseHeaders: { "Content-Type": "application/json" },
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
      "Requests from https://app.example.com to https://api.example.com are blocked by CORS: No Access-Control-Allow-Origin. The response has no Access-Control-Allow-Origin, so the browser keeps it from https://app.example.com. The server must send Access-Control-Allow-Origin: https://app.example.com; error pages and proxies often leave it out.",
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

  it("names the rule a refused preflight breaks, apart from requests blocked for want of Access-Control-Allow-Origin", () => {
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
      "Requests from https://app.example.com to https://api.example.com are blocked by CORS: The method is not in Access-Control-Allow-Methods. The request is a PUT, and the preflight's Access-Control-Allow-Methods lists only GET, POST. Add PUT to it (methods are case-sensitive).",
      expect.stringMatching(
        /^Requests from https:\/\/app\.example\.com to https:\/\/api\.example\.com are blocked by CORS/,
      ),
    ]);
  });

  it("puts a request and the preflight that stopped it in one group, by the rule the preflight broke", () => {
    const preflight = recordWith({
      method: "OPTIONS",
      resourceType: "preflight",
      url: "https://api.example.com/items/1",
      status: 403,
      requestHeaders: { ...page, "Access-Control-Request-Method": "PUT" },
      responseHeaders: { "Content-Type": "text/plain" },
    });
    const request = recordWith({
      method: "PUT",
      url: "https://api.example.com/items/1",
      status: 0,
      failure: { kind: "cors", error: "net::ERR_FAILED" },
    });
    const [group, ...rest] = groupProblems([request, preflight]);
    expect(rest).toEqual([]);
    expect(group).toMatchObject({ count: 2, ids: [request.id, preflight.id] });
    expect(group?.cause).toMatch(
      /blocked by CORS: The preflight did not get a 2xx\. The preflight \(OPTIONS\) got 403/,
    );
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
