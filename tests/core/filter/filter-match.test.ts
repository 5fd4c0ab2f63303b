import { describe, expect, it } from "vitest";
import { matchesFilter } from "../../../src/core/filter/filter-match";
import { parseFilter } from "../../../src/core/filter/filter-parser";
import type { RequestRecord } from "../../../src/core/model";
import { type RecordOverrides, recordWith } from "../record-builder";

function matches(query: string, record: RequestRecord): boolean {
  const parsed = parseFilter(query);
  if (!parsed.ok) throw new Error(`${query}: ${parsed.error.message}`);
  return matchesFilter(parsed.filter, record);
}

const failed = (kind: "network" | "cors" | "blocked" | "canceled"): RecordOverrides => ({
  status: 0,
  failure: { kind, error: "net::ERR_FAILED" },
});

describe("matchesFilter", () => {
  it.each<[string, RecordOverrides, boolean]>([
    ["", {}, true],
    ["API/Items", {}, true],
    ["nothing-here", {}, false],
    ["-nothing-here", {}, true],
    ['"api/items"', {}, true],
    ["status:404", { status: 404 }, true],
    ["path:/api/items/:id", { path: "/api/items/42?x=1" }, true],
    ["path:/api/items/42", { path: "/api/items/42?x=1" }, true],
    ["path:/api/items/:id", { path: "/api/items/42/tags" }, false],
    ["path:/api/*", { path: "/api/items/42" }, true],
    ["path:/api/items/:uuid", { path: "/api/items/0f8fad5b-d9cb-469f-a165-70867728950e" }, true],
    ["path:/", { path: "/?q=1" }, true],
    ["status:404", { status: 405 }, false],
    ["-status-code:200", { status: 200 }, false],
    ["-status-code:200", { status: 201 }, true],
    ["status:4xx", { status: 451 }, true],
    ["status:4xx", { status: 0, failure: { kind: "network" } }, false],
    ["status:0", failed("network"), true],
    ["status:404,500", { status: 500 }, true],
    ["status:>=400", { status: 599 }, true],
    ["status:>=400", { status: 399 }, false],
    ["status:400-499", { status: 499 }, true],
    ["status:<300", { status: 304 }, false],
    ["is:failed", failed("network"), true],
    ["is:failed", { status: 500 }, false],
    ["is:cors", failed("cors"), true],
    ["is:cors", failed("network"), false],
    ["is:blocked", failed("blocked"), true],
    ["is:canceled", failed("canceled"), true],
    ["is:network", failed("network"), true],
    ["is:network-error", failed("network"), true],
    ["is:network", failed("cors"), false],
    ["is:network", { status: 503 }, false],
    ["is:cached", { fromCache: "memory" }, true],
    ["is:cached", { status: 304 }, true],
    ["is:cached", {}, false],
    ["is:redirect", { status: 302, responseHeaders: { location: "/next" } }, true],
    ["is:redirect", { status: 301, redirectURL: "https://example.com/" }, true],
    ["is:redirect", { status: 302 }, false],
    ["is:redirect", { status: 304, responseHeaders: { Location: "/x" } }, false],
    ["is:running", { status: 0, pending: true, failure: { kind: "unknown" } }, true],
    ["is:running", failed("network"), false],
    ["is:unofficial", { status: 499 }, true],
    ["is:unofficial", { status: 404 }, false],
    ["method:POST", { method: "POST" }, true],
    ["method:post,put", { method: "PUT" }, true],
    ["method:POST", {}, false],
    ["domain:*.example.com", { url: "https://api.example.com:8443/x" }, true],
    ["domain:*.example.com", { url: "https://example.com/x" }, false],
    ["domain:example.*", { url: "https://example.org/" }, true],
    ["domain:*cdn*", { url: "https://static.cdn.net/" }, true],
    ["domain:[::1]", { url: "http://[::1]:8080/" }, true],
    ["type:xhr,fetch", { resourceType: "fetch" }, true],
    ["type:script", { resourceType: "fetch" }, false],
    ["larger-than:1k", { transferSize: 1025 }, true],
    ["larger-than:1k", { transferSize: 1024 }, true],
    ["larger-than:1k", { transferSize: 1023 }, false],
    ["larger-than:0", { transferSize: -1, responseBodySize: -1 }, false],
    ["larger-than:1k", { transferSize: -1, responseBodySize: 2048 }, true],
    ["larger-than:1k", { transferSize: -1, responseBodySize: -1 }, false],
    ["-larger-than:1M", { transferSize: 10 }, true],
    ["mime-type:application/json", { responseMimeType: "application/json; charset=utf-8" }, true],
    ["scheme:http", { url: "http://example.com/" }, true],
    ["has-response-header:retry-after", { responseHeaders: { "Retry-After": "5" } }, true],
    ["has-response-header:retry-after", {}, false],
    ["api status:2xx method:GET", {}, true],
    ["api status:2xx method:POST", {}, false],
  ])("%j on %j → %s", (query, overrides, expected) => {
    expect(matches(query, recordWith(overrides))).toBe(expected);
  });

  describe("data: and extension URLs are hidden unless asked for", () => {
    const data = recordWith({ url: "data:image/png;base64,AAAA" });
    const extension = recordWith({ url: "chrome-extension://abcdef/icon.png" });
    it.each<[string, RequestRecord, boolean]>([
      ["", data, false],
      ["png", data, false],
      ["is:data", data, true],
      ["is:data png", data, true],
      ["-is:data", data, false],
      ["", extension, false],
      ["is:extension", extension, true],
      ["is:data", extension, false],
      ["is:extension", recordWith({}), false],
    ])("%j", (query, record, expected) => {
      expect(matches(query, record)).toBe(expected);
    });
  });
});
