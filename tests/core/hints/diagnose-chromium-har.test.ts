import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { matchesFilter, parseFilter } from "../../../src/core/filter";
import { parseHarText } from "../../../src/core/har";
import { diagnose } from "../../../src/core/hints/diagnose";
import type { RequestRecord } from "../../../src/core/model";

// A real capture (see tests/fixtures/har/README.md): what the panel shows for the demo page, end to end.
const parsed = parseHarText(readFileSync("tests/fixtures/har/chromium-demo.har", "utf8"));
const records: RequestRecord[] = parsed.ok ? parsed.records : [];
const now = new Date("2026-11-25T10:00:00Z");
const hintsFor = (path: string) => {
  const record = records.find((r) => r.url.endsWith(path));
  if (!record) throw new Error(`no record for ${path}`);
  return diagnose(record, { now, timeZoneOffsetMinutes: 60, pageOrigin: "http://127.0.0.1:43241" }).map(
    (h) => h.text,
  );
};

describe("diagnose on the captured Chromium HAR", () => {
  it.each<[string, string[]]>([
    ["/status/405", ["Allow lists GET, HEAD; this request used DELETE."]],
    [
      "/status/429",
      [
        "Retry-After: wait 42 s after the response, until 11:00:42 (UTC+01:00).",
        "Rate limit “burst” (RateLimit): 0 of 100 left per 60 s; resets 42 s after the response, at 11:00:42 (UTC+01:00).",
      ],
    ],
    [
      "/status/503",
      ["Retry-After: wait 120 s (about 2 min) after the response, until 11:02:00 (UTC+01:00)."],
    ],
    [
      "/status/502",
      [
        "Passed through demo-proxy (Via: 1.1 demo-proxy); any of them, or the origin, may have produced this status.",
      ],
    ],
    [
      "/status/401",
      [
        "WWW-Authenticate offers Bearer (realm “demo”).",
        "This request sent no Authorization header.",
        "Bearer error invalid_token: the access token is expired, revoked or malformed: get a new one. Server says: “The access token expired”.",
      ],
    ],
    [
      ":37847/data",
      [
        "The server answered 200; the browser hid it from the page.",
        "No Access-Control-Allow-Origin: The response has no Access-Control-Allow-Origin, so the browser keeps it from http://127.0.0.1:43241. The server must send Access-Control-Allow-Origin: http://127.0.0.1:43241; error pages and proxies often leave it out.",
      ],
    ],
    ["/status/200", []],
  ])("%s", (path, expected) => {
    expect(hintsFor(path)).toEqual(expected);
  });
});

describe("filters on the captured Chromium HAR", () => {
  it.each<[string, number]>([
    ["", 60],
    ["is:failed", 5],
    ["is:cors", 1],
    ["is:blocked", 1],
    ["is:canceled", 1],
    ["status:0", 5],
    ["status:4xx", 10],
    ["status:429,503", 2],
    ["status:>=500 -status:599", 4],
    ["is:redirect", 25],
    ["is:redirect -loop", 5],
    ["is:cached", 1],
    ["method:POST,DELETE", 4],
    ["type:websocket", 1],
    ["domain:127.0.0.*", 60],
    ["status/4", 10],
  ])("%j → %i", (query, count) => {
    const result = parseFilter(query);
    if (!result.ok) throw new Error(result.error.message);
    expect(records.filter((r) => matchesFilter(result.filter, r))).toHaveLength(count);
  });
});
