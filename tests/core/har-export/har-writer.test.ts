import { describe, expect, it } from "vitest";
import { parseHarText } from "../../../src/core/har";
import { writeHar } from "../../../src/core/har-export";
import type { RequestRecord } from "../../../src/core/model";
import { fixtureEntries, fixtureRecords, recordsOf } from "../har-fixture";
import { recordWith } from "../record-builder";

const creator = { name: "Status Lens", version: "0.1.0" };

/** What a reader of the file would compare: method, URL, status, both header lists, failure. */
const shapeOf = (record: RequestRecord) => ({
  method: record.method,
  url: record.url,
  status: record.status,
  withheldStatus: record.withheldStatus,
  failure: record.failure,
  pending: record.pending,
  requestHeaders: record.requestHeaders,
  responseHeaders: record.responseHeaders,
});

function readBack(text: string): RequestRecord[] {
  const parsed = parseHarText(text);
  if (!parsed.ok) throw new Error(parsed.error);
  expect(parsed.problems).toEqual([]);
  return parsed.records;
}

/** HAR 1.2's required members, with the types DevTools' importer (models/har/HARFormat.ts) casts them to. */
function expectValidHar12(text: string): void {
  const { log } = JSON.parse(text);
  expect(log.version).toBe("1.2");
  expect(typeof log.creator.name).toBe("string");
  expect(typeof log.creator.version).toBe("string");
  expect(Array.isArray(log.entries)).toBe(true);
  for (const entry of log.entries) {
    expect(Number.isNaN(Date.parse(entry.startedDateTime))).toBe(false);
    expect(entry.time).toBeGreaterThanOrEqual(0);
    const { request, response, timings } = entry;
    for (const field of ["method", "url", "httpVersion"]) expect(typeof request[field]).toBe("string");
    for (const list of [
      request.cookies,
      request.headers,
      request.queryString,
      response.cookies,
      response.headers,
    ])
      expect(Array.isArray(list)).toBe(true);
    for (const size of [request.headersSize, request.bodySize, response.headersSize, response.bodySize])
      expect(typeof size).toBe("number");
    expect(typeof response.status).toBe("number");
    expect(typeof response.statusText).toBe("string");
    expect(typeof response.redirectURL).toBe("string");
    expect(typeof response.content.size).toBe("number");
    expect(typeof response.content.mimeType).toBe("string");
    expect(typeof entry.cache).toBe("object");
    for (const phase of ["send", "wait", "receive"]) expect(timings[phase]).toBeGreaterThanOrEqual(0);
    for (const phase of ["blocked", "dns", "connect", "ssl"])
      expect(timings[phase]).toBeGreaterThanOrEqual(-1);
    expect(entry.pageref).toBeUndefined();
  }
}

describe("writeHar from records alone (rows DevTools no longer holds, an imported file's rows)", () => {
  it.each([
    "chromium-demo.har",
    "chromium-preflight.har",
    "firefox-capture.har",
    "mitmproxy-api.har",
    "playwright-capture.har",
  ])("writes valid HAR 1.2 that reads back the same (%s)", (name) => {
    const records = fixtureRecords(name);
    const { text, fromRecords, fromDevtools } = writeHar({ records, reveal: true, creator });
    expectValidHar12(text);
    expect([fromRecords, fromDevtools]).toEqual([records.length, 0]);
    const sorted = [...records].sort((a, b) => Date.parse(a.startedDateTime) - Date.parse(b.startedDateTime));
    expect(readBack(text).map(shapeOf)).toEqual(sorted.map(shapeOf));
  });

  it("keeps a pending request pending and a withheld status withheld", () => {
    const pending = recordWith({ status: 0, bucket: "failed", pending: true, failure: { kind: "unknown" } });
    const cors = recordWith({
      status: 0,
      withheldStatus: 200,
      bucket: "failed",
      failure: { kind: "cors", error: "net::ERR_FAILED" },
    });
    const back = readBack(writeHar({ records: [pending, cors], reveal: true, creator }).text);
    expect(back.map((record) => [record.pending, record.status, record.withheldStatus])).toEqual([
      [true, 0, undefined],
      [undefined, 0, 200],
    ]);
  });

  it("says in log.comment and each entry's comment which entries were written from records, and what they lack", () => {
    const { har } = writeHar({ records: fixtureRecords("chromium-demo.har"), reveal: false, creator });
    expect(har.log.comment).toContain("Every entry was written from Status Lens's records");
    expect(har.log.comment).toContain("cookies");
    expect(har.log.comment).toContain("[redacted]");
    for (const entry of har.log.entries) expect(entry.comment).toMatch(/Written from a record/);
  });
});

describe("writeHar with DevTools' entries", () => {
  const entries = fixtureEntries("chromium-demo.har");
  const records = recordsOf(entries);

  it("writes DevTools' own entry for each record it still holds, as it came", () => {
    const { har, fromDevtools, fromRecords } = writeHar({
      records,
      devtoolsEntries: entries,
      reveal: true,
      creator,
    });
    expect([fromDevtools, fromRecords]).toEqual([entries.length, 0]);
    const { pageref: _pageref, ...first } = entries[0] as Record<string, unknown>;
    expect(har.log.entries).toContainEqual(first);
    expect(har.log.comment).toContain("Every entry is DevTools' own");
  });

  it("writes only the records asked for, and the ones DevTools lost from the record", () => {
    const lost = recordWith({
      url: "https://gone.example/api?x=1",
      startedDateTime: "2030-01-01T00:00:00.000Z",
    });
    const { har, fromDevtools, fromRecords } = writeHar({
      records: [records[2] as RequestRecord, lost],
      devtoolsEntries: entries,
      reveal: true,
      creator,
    });
    expect([fromDevtools, fromRecords]).toEqual([1, 1]);
    expect(har.log.comment).toContain("Entry 2 was written from Status Lens's records");
    expect(readBack(JSON.stringify(har)).map((record) => record.url)).toEqual([records[2]?.url, lost.url]);
  });
});

describe("writeHar redacts secrets unless told to reveal them", () => {
  const entry = {
    startedDateTime: "2026-11-25T10:48:33.000Z",
    time: 5,
    pageref: "page_1",
    _initiator: {
      type: "script",
      stack: { callFrames: [{ url: "https://app.example/a.js?token=t0p", lineNumber: 3 }] },
    },
    request: {
      method: "POST",
      url: "https://api.example/login?access_token=abc123&page=2",
      httpVersion: "HTTP/1.1",
      headers: [
        { name: "Authorization", value: "Bearer eyJhbGciOi" },
        { name: "Cookie", value: "session=s3cr3t" },
        { name: "Accept", value: "application/json" },
      ],
      cookies: [{ name: "session", value: "s3cr3t" }],
      queryString: [
        { name: "access_token", value: "abc123" },
        { name: "page", value: "2" },
      ],
      postData: { mimeType: "application/json", text: '{"user":"ann","password":"hunter2"}' },
      headersSize: -1,
      bodySize: 35,
    },
    response: {
      status: 401,
      statusText: "Unauthorized",
      httpVersion: "HTTP/1.1",
      headers: [{ name: "Set-Cookie", value: "session=n3w; HttpOnly" }],
      cookies: [{ name: "session", value: "n3w" }],
      content: { size: 0, mimeType: "application/json" },
      redirectURL: "",
      headersSize: -1,
      bodySize: 0,
      _error: null,
    },
    cache: {},
    timings: { send: 1, wait: 3, receive: 1 },
  };
  const [record] = recordsOf([entry]) as [RequestRecord];
  const secrets = ["eyJhbGciOi", "s3cr3t", "abc123", "hunter2", "n3w", "t0p"];

  it.each([
    ["DevTools' entry", [entry]],
    ["a record's entry", []],
  ])("hides every secret in %s", (_, devtoolsEntries) => {
    const { text } = writeHar({ records: [record], devtoolsEntries, reveal: false, creator });
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(text).toContain("[redacted]");
    const [back] = readBack(text);
    expect(back?.url).toBe("https://api.example/login?access_token=[redacted]&page=2");
    expect(back?.status).toBe(401);
  });

  it("keeps every secret with reveal", () => {
    const { text } = writeHar({ records: [record], devtoolsEntries: [entry], reveal: true, creator });
    for (const secret of secrets) expect(text).toContain(secret);
    expect(JSON.parse(text).log.comment).toContain("may hold credentials");
  });
});
