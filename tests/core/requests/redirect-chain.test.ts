import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RequestRecord } from "../../../src/core/model";
import { linkRedirects } from "../../../src/core/requests/redirect-chain";
import { fixtureRecords } from "../har-fixture";
import { recordWith } from "../record-builder";

const find = (records: RequestRecord[], suffix: string, method = "GET") => {
  const found = records.find((r) => r.url.endsWith(suffix) && r.method === method);
  if (!found) throw new Error(`no ${method} ${suffix}`);
  return found;
};

describe("linkRedirects over the Chromium capture", () => {
  const records = fixtureRecords("chromium-demo.har");
  const chains = linkRedirects(records);

  it.each([
    { start: "/redirect/301", method: "GET", codes: [301, 200], methods: ["GET", "GET"] },
    { start: "/redirect/302", method: "GET", codes: [302, 200], methods: ["GET", "GET"] },
    { start: "/redirect/307", method: "GET", codes: [307, 200], methods: ["GET", "GET"] },
    { start: "/redirect/308", method: "POST", codes: [308, 200], methods: ["POST", "POST"] },
  ])("$start ($method) links to the request that followed", ({ start, method, codes, methods }) => {
    const first = find(records, start, method);
    const chain = chains.get(first.id);
    expect(chain?.hops.map((h) => h.status)).toEqual(codes);
    expect(chain?.hops.map((h) => h.method)).toEqual(methods);
    expect(chain).toMatchObject({ redirects: 1, loop: false, tooLong: false, methodChanged: false });
    const last = chain?.hops[1];
    expect(last && chains.get(last.id)).toBe(chain);
  });

  it("finds the loop, too long, at the browser's limit, ending in ERR_TOO_MANY_REDIRECTS", () => {
    const loopStart = find(records, "/loop/a");
    const chain = chains.get(loopStart.id);
    expect(chain).toMatchObject({ redirects: 20, loop: true, tooLong: true, limitReached: true });
    expect(chain?.hops[20]?.status).toBe(0);
    expect(new Set(chain?.hops.map((h) => h.url.replace(/^.*\/loop\//, "")))).toEqual(new Set(["a", "b"]));
  });

  it("leaves requests outside any redirect out", () => {
    expect(chains.has(find(records, "/status/404").id)).toBe(false);
  });
});

describe("linkRedirects over the proxy capture", () => {
  const records = fixtureRecords("mitmproxy-api.har");
  const chains = linkRedirects(records);

  it("sees a 303 turn a POST into a GET", () => {
    const chain = chains.get(find(records, "/login", "POST").id);
    expect(chain?.hops.map((h) => `${h.status} ${h.method}`)).toEqual(["303 POST", "200 GET"]);
    expect(chain?.methodChanged).toBe(true);
  });

  it("follows http → https → www across hosts", () => {
    const chain = chains.get(records[8]?.id ?? "");
    expect(chain?.hops.map((h) => h.url)).toEqual([
      "http://example.org/",
      "https://example.org/",
      "https://www.example.org/",
    ]);
    expect(chain).toMatchObject({ redirects: 2, loop: false });
  });
});

describe("linkRedirects on edge cases", () => {
  it("pairs two identical redirects with the two requests that followed, in order", () => {
    const a1 = recordWith({ url: "https://a.test/go", status: 302, redirectURL: "/to" });
    const a2 = recordWith({ url: "https://a.test/go", status: 302, redirectURL: "/to" });
    const b1 = recordWith({ url: "https://a.test/to" });
    const b2 = recordWith({ url: "https://a.test/to" });
    const chains = linkRedirects([a1, a2, b1, b2]);
    expect(chains.get(a1.id)?.hops.map((h) => h.id)).toEqual([a1.id, b1.id]);
    expect(chains.get(a2.id)?.hops.map((h) => h.id)).toEqual([a2.id, b2.id]);
  });

  it("follows a Location to a URL another tool wrote unnormalized, as the browser compares them", () => {
    const from = recordWith({ url: "http://a.test/old", status: 301, redirectURL: "https://B.test:443" });
    const to = recordWith({ url: "HTTPS://b.test" });
    expect(
      linkRedirects([from, to])
        .get(from.id)
        ?.hops.map((h) => h.id),
    ).toEqual([from.id, to.id]);
  });

  it.each([
    { why: "target never requested", records: [recordWith({ status: 301, redirectURL: "/elsewhere" })] },
    {
      why: "target requested before the redirect",
      records: [
        recordWith({ url: "https://a.test/to" }),
        recordWith({ url: "https://a.test/go", status: 302, redirectURL: "/to" }),
      ],
    },
    {
      why: "a 304 is not a redirect",
      records: [recordWith({ status: 304, redirectURL: "/x" }), recordWith({ url: "https://example.com/x" })],
    },
    { why: "garbage Location", records: [recordWith({ url: "not a url", status: 302, redirectURL: "::" })] },
  ])("no chain when $why", ({ records }) => {
    expect(linkRedirects(records).size).toBe(0);
  });

  it("flags a chain of six redirects as too long but under the limit", () => {
    const records = Array.from({ length: 7 }, (_, i) =>
      recordWith({
        url: `https://a.test/${i}`,
        status: i < 6 ? 302 : 200,
        redirectURL: i < 6 ? `/${i + 1}` : "",
      }),
    );
    expect(linkRedirects(records).get(records[0]?.id ?? "")).toMatchObject({
      redirects: 6,
      tooLong: true,
      limitReached: false,
      loop: false,
    });
  });
});

describe("linkRedirects properties", () => {
  it("puts each request in at most one chain, whose hops are redirects up to the last, in arrival order", () => {
    const paths = fc.constantFrom("/a", "/b", "/c", "/d");
    const record = fc
      .tuple(
        paths,
        fc.constantFrom(200, 301, 302, 303, 307, 308, 404),
        paths,
        fc.constantFrom("https://x.test", "https://y.test"),
      )
      .map(([path, status, target, origin]) =>
        recordWith({
          url: `${origin}${path}`,
          status,
          redirectURL: status === 200 || status === 404 ? "" : target,
        }),
      );
    fc.assert(
      fc.property(fc.array(record, { maxLength: 40 }), (records) => {
        const chains = linkRedirects(records);
        const position = new Map(records.map((r, i) => [r.id, i]));
        const seen = new Set<string>();
        for (const chain of new Set(chains.values())) {
          expect(chain.hops.length).toBeGreaterThanOrEqual(2);
          expect(chain.redirects).toBe(chain.hops.length - 1);
          chain.hops.forEach((hop, i) => {
            expect(seen.has(hop.id)).toBe(false);
            seen.add(hop.id);
            expect(chains.get(hop.id)).toBe(chain);
            if (i < chain.hops.length - 1) expect([301, 302, 303, 307, 308]).toContain(hop.status);
            if (i > 0)
              expect(position.get(hop.id) ?? -1).toBeGreaterThan(
                position.get(chain.hops[i - 1]?.id ?? "") ?? -1,
              );
          });
        }
        expect(seen.size).toBe(chains.size);
      }),
    );
  });
});
