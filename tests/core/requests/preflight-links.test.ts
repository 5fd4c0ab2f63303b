import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RequestRecord } from "../../../src/core/model";
import { linkPreflights } from "../../../src/core/requests";
import { fixtureRecords } from "../har-fixture";
import { recordWith } from "../record-builder";

const at = (ms: number) => new Date(Date.UTC(2026, 0, 1) + ms).toISOString();
const put = (url: string, ms: number, id: string) =>
  recordWith({ id, method: "PUT", url, startedDateTime: at(ms) });
const preflight = (url: string, ms: number, id: string, method = "PUT") =>
  recordWith({
    id,
    method: "OPTIONS",
    url,
    startedDateTime: at(ms),
    status: 204,
    requestHeaders: { "Access-Control-Request-Method": method },
  });

describe("linkPreflights over the Chromium capture", () => {
  const records = fixtureRecords("chromium-preflight.har");
  const links = linkPreflights(records);
  const find = (method: string, suffix: string) =>
    records.find((r) => r.method === method && r.url.endsWith(suffix)) as RequestRecord;

  it.each(["/preflight/ok", "/preflight/denied"])(
    "pairs %s's PUT with the preflight Chrome lists after it",
    (path) => {
      const request = find("PUT", path);
      const link = links.get(request.id);
      expect(link?.preflight).toBe(find("OPTIONS", path));
      expect(link?.request).toBe(request);
      expect(links.get(find("OPTIONS", path).id)).toBe(link);
    },
  );

  it("leaves requests without a preflight out", () => {
    expect(links.has(find("GET", "/cors.js").id)).toBe(false);
  });
});

describe("linkPreflights on edge cases", () => {
  it("pairs by nearness, not by order: a preflight listed first still finds its request", () => {
    const p = preflight("https://api.example/x", 0, "p");
    const r = put("https://api.example/x", 3, "r");
    expect(linkPreflights([p, r]).get("p")?.request).toBe(r);
  });

  it("pairs two identical requests each with its own preflight", () => {
    const records = [
      put("https://api.example/x", 0, "r1"),
      preflight("https://api.example/x", 5, "p1"),
      put("https://api.example/x", 1000, "r2"),
      preflight("https://api.example/x", 1004, "p2"),
    ];
    const links = linkPreflights(records);
    expect(links.get("p1")?.request?.id).toBe("r1");
    expect(links.get("p2")?.request?.id).toBe("r2");
  });

  it("keeps a preflight whose request is not in the log, and never pairs another method", () => {
    const links = linkPreflights([
      preflight("https://api.example/x", 0, "p", "DELETE"),
      put("https://api.example/x", 1, "r"),
    ]);
    expect(links.get("p")).toEqual({ preflight: expect.objectContaining({ id: "p" }) });
    expect(links.has("r")).toBe(false);
  });

  it("gives the same pairs whatever order the log lists them in", () => {
    const records = [
      put("https://api.example/a", 0, "ra"),
      preflight("https://api.example/a", 4, "pa"),
      put("https://api.example/b", 10, "rb"),
      preflight("https://api.example/b", 12, "pb"),
      put("https://api.example/a", 500, "ra2"),
      preflight("https://api.example/a", 503, "pa2"),
    ];
    const pairs = (list: RequestRecord[]) =>
      [...linkPreflights(list).values()].map((l) => `${l.preflight.id}>${l.request?.id}`).sort();
    const expected = pairs(records);
    fc.assert(
      fc.property(fc.shuffledSubarray(records, { minLength: records.length }), (shuffled) => {
        expect(pairs(shuffled)).toEqual(expected);
      }),
    );
  });
});
