import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeEntry, parseHarText } from "../../../src/core/har";
import { expectWellFormedProblem, expectWellFormedRecord } from "../har/well-formed-record";

// Each field is left out, plausible, or odd: whole entries in the shapes exporters write, and their mistakes.
const odd = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double(),
  fc.string({ maxLength: 8 }),
  fc.constantFrom(
    Number.MAX_VALUE,
    -0,
    Number.POSITIVE_INFINITY,
    "1e400",
    "",
    "-1",
    "__proto__",
    "constructor",
  ),
  fc.array(fc.jsonValue(), { maxLength: 2 }),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.jsonValue(), { maxKeys: 2 }),
);
const maybe = <T>(plausible: fc.Arbitrary<T>) => fc.oneof({ weight: 3, arbitrary: plausible }, odd);
const headers = maybe(
  fc.array(
    fc.record({ name: maybe(fc.string({ maxLength: 12 })), value: maybe(fc.string({ maxLength: 12 })) }),
    {
      maxLength: 4,
    },
  ),
);
const url = maybe(
  fc.oneof(fc.webUrl(), fc.constantFrom("data:,x", "about:blank", "blob:https://a.test/1", "/rel")),
);
const status = maybe(
  fc.oneof(
    fc.integer({ min: -2, max: 1000 }),
    fc.constantFrom(0, 1, 99, 200, 304, 600, 999, 1000, 1.5, 2 ** 53),
  ),
);

const entry = fc.record(
  {
    startedDateTime: maybe(fc.date({ noInvalidDate: true }).map((d) => d.toISOString())),
    time: maybe(fc.double({ min: -10, max: 1e7, noNaN: true })),
    request: maybe(
      fc.record(
        {
          method: maybe(fc.constantFrom("GET", "post", "", "OPTIONS", "BREW", "GET\n")),
          url,
          httpVersion: maybe(fc.constantFrom("HTTP/1.1", "h2", "", "http/2.0")),
          headers,
          headersSize: maybe(fc.integer({ min: -2, max: 1e6 })),
          bodySize: maybe(fc.integer({ min: -2, max: 1e6 })),
          postData: maybe(fc.record({ mimeType: maybe(fc.string()), text: maybe(fc.string()) })),
        },
        { requiredKeys: ["method", "url"] },
      ),
    ),
    response: maybe(
      fc.record(
        {
          status,
          statusText: maybe(fc.string({ maxLength: 12 })),
          httpVersion: maybe(fc.constantFrom("HTTP/1.1", "h3", "")),
          headers,
          content: maybe(
            fc.record(
              {
                size: maybe(fc.integer({ min: -2, max: 1e6 })),
                mimeType: maybe(fc.constantFrom("text/html", "application/json", "image/png", "")),
                text: maybe(fc.string({ maxLength: 20 })),
                encoding: maybe(fc.constantFrom("base64", "")),
              },
              { requiredKeys: [] },
            ),
          ),
          redirectURL: url,
          bodySize: maybe(fc.integer({ min: -2, max: 1e6 })),
          _transferSize: maybe(fc.integer({ min: -2, max: 1e6 })),
          _error: maybe(
            fc.constantFrom("net::ERR_FAILED", "net::ERR_ABORTED", "NS_ERROR_OFFLINE", "", "boom"),
          ),
        },
        { requiredKeys: [] },
      ),
    ),
    timings: maybe(
      fc.record(
        {
          blocked: maybe(fc.double()),
          dns: maybe(fc.double()),
          wait: maybe(fc.double()),
          receive: maybe(fc.double()),
        },
        { requiredKeys: [] },
      ),
    ),
    serverIPAddress: maybe(fc.ipV4()),
    _resourceType: maybe(fc.constantFrom("xhr", "fetch", "document", "preflight", "other", "")),
    _initiator: maybe(
      fc.record({ type: maybe(fc.string()), url, lineNumber: maybe(fc.integer()) }, { requiredKeys: [] }),
    ),
    _fromCache: maybe(fc.constantFrom("memory", "disk", "network")),
    cache: maybe(fc.record({ beforeRequest: odd }, { requiredKeys: [] })),
  },
  { requiredKeys: ["request", "response"] },
);

describe("the HAR normalizer on whole entries of odd fields", () => {
  it("gives a well-formed record, or a problem that names its entry", () => {
    fc.assert(
      fc.property(entry, fc.nat({ max: 100_000 }), (value, index) => {
        const result = normalizeEntry(value, index);
        if (result.ok) expectWellFormedRecord(result.record, index);
        else expectWellFormedProblem(result.problem, index);
      }),
    );
  });

  it("reads a file of them, with or without a BOM, accounting for every entry once with unique ids", () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 8 }), fc.boolean(), (entries, bom) => {
        const text = `${bom ? "\uFEFF" : ""}${JSON.stringify({ log: { version: "1.2", entries } })}`;
        const result = parseHarText(text);
        if (!result.ok) throw new Error(result.error);
        for (const record of result.records) expectWellFormedRecord(record, record.index);
        for (const problem of result.problems) expectWellFormedProblem(problem, problem.index);
        const indexes = [...result.records, ...result.problems]
          .map((item) => item.index)
          .sort((a, b) => a - b);
        expect(indexes).toEqual(entries.map((_, i) => i));
        expect(new Set(result.records.map((r) => r.id)).size).toBe(result.records.length);
      }),
    );
  });

  it("reads a status of any number of digits, as JSON.parse gives it, into a well-formed record", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^-?(0|[1-9]\d{0,399})(\.\d{1,3})?(e[+-]?\d{1,3})?$/), (digits) => {
        const text = `{"log":{"entries":[{"request":{"method":"GET","url":"https://a.test/"},"response":{"status":${digits}}}]}}`;
        const result = parseHarText(text);
        if (!result.ok) throw new Error(result.error);
        const [record] = result.records;
        if (record) expectWellFormedRecord(record, 0);
        for (const problem of result.problems) expectWellFormedProblem(problem, 0);
        expect(result.records.length + result.problems.length).toBe(1);
      }),
    );
  });
});
