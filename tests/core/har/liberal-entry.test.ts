import { describe, expect, it } from "vitest";
import { matchesFilter, parseFilter } from "../../../src/core/filter";
import { parseHar } from "../../../src/core/har";
import { methodShown, statusLabel } from "../../../src/core/model";
import { compareSortKeys, sortKeyOf } from "../../../src/core/requests";
import { curlOf } from "../../../src/core/share";

/** What an old or odd exporter writes: an empty method, no httpVersion, no timings, status 1. */
const sparse = {
  startedDateTime: "2026-12-01T10:00:00.000Z",
  request: { method: "", url: "https://old.example/api/items" },
  response: { status: 1, statusText: "" },
};
const ordinary = {
  startedDateTime: "2026-12-01T10:00:01.000Z",
  time: 5,
  request: { method: "GET", url: "https://old.example/api/other", httpVersion: "HTTP/1.1" },
  response: { status: 200, statusText: "OK", httpVersion: "HTTP/1.1", headers: [] },
};

describe("a HAR entry with parts missing", () => {
  const parsed = parseHar({ log: { entries: [sparse, ordinary, { request: { method: "GET", url: " " } }] } });
  if (!parsed.ok) throw new Error(parsed.error);
  const [record] = parsed.records;

  it("loads and is listed, with the missing parts empty; only the entry without a URL is a problem", () => {
    expect(parsed.records).toHaveLength(2);
    expect(parsed.problems).toEqual([{ index: 2, message: "entry 2: request.url is missing or empty" }]);
    expect(record).toMatchObject({
      method: "",
      httpVersion: "",
      status: 1,
      bucket: "nonstandard",
      timeMs: -1,
    });
    expect(record?.timings).toBeUndefined();
    expect(record && statusLabel(record)).toEqual({ code: "1", text: "", source: "none" });
  });

  it("shows the missing method as missing", () => {
    expect(methodShown("")).toBe("(no method)");
    expect(methodShown("GET")).toBe("GET");
    // curl picks its own method rather than being told an empty one.
    expect(record && curlOf(record, { reveal: false })).not.toMatch(/-X/);
  });

  it("keeps filters and sorting working around it", () => {
    const records = parsed.ok ? parsed.records : [];
    const byMethod = (query: string) => {
      const parsedQuery = parseFilter(query);
      if (!parsedQuery.ok) throw new Error(parsedQuery.error.message);
      return records.filter((r) => matchesFilter(parsedQuery.filter, r)).map((r) => r.method);
    };
    expect(byMethod("method:GET")).toEqual(["GET"]);
    expect(byMethod("-method:GET")).toEqual([""]);
    expect(byMethod("items")).toEqual([""]);
    const sorted = [...records]
      .reverse()
      .sort((a, b) => compareSortKeys(sortKeyOf("method", a), sortKeyOf("method", b)));
    expect(sorted.map((r) => r.method)).toEqual(["", "GET"]);
  });
});
