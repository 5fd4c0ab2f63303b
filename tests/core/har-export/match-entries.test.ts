import { describe, expect, it } from "vitest";
import { devtoolsEntriesFor } from "../../../src/core/har-export";
import type { RequestRecord } from "../../../src/core/model";
import { harEntry } from "../../har-entry";
import { recordsOf } from "../har-fixture";

const START = "2026-11-25T10:48:33.120Z";

const entryOf = (url: string, status: number) => harEntry(url, status, { startedDateTime: START, time: 3 });

describe("devtoolsEntriesFor", () => {
  it("matches by start, method and URL, whatever the order", () => {
    const entries = [entryOf("https://a.example/1", 200), entryOf("https://a.example/2", 404)];
    const records = recordsOf(entries);
    expect(devtoolsEntriesFor([...records].reverse(), entries)).toEqual([entries[1], entries[0]]);
  });

  it("gives each of ten identical requests its own entry, by outcome first", () => {
    const entries = [
      ...Array.from({ length: 9 }, () => entryOf("https://a.example/same", 200)),
      entryOf("https://a.example/same", 503),
    ];
    const records = recordsOf([...entries].reverse());
    const matched = devtoolsEntriesFor(records, entries);
    expect(new Set(matched).size).toBe(10);
    // The 503 record gets the 503 entry even though the 200s come first in DevTools' list.
    expect(matched[0]).toBe(entries[9]);
  });

  it("matches a record seen pending to DevTools' answered copy, and leaves what DevTools lost unmatched", () => {
    const pending = entryOf("https://a.example/slow", 0);
    const answered = entryOf("https://a.example/slow", 200);
    const [record] = recordsOf([pending]) as [RequestRecord];
    expect(record.pending).toBe(true);
    const [lost] = recordsOf([entryOf("https://a.example/gone", 500)]) as [RequestRecord];
    expect(devtoolsEntriesFor([record, lost], [answered])).toEqual([answered, undefined]);
  });

  it("ignores what is not an entry", () => {
    const [record] = recordsOf([entryOf("https://a.example/1", 200)]) as [RequestRecord];
    expect(devtoolsEntriesFor([record], [null, 3, { request: {} }])).toEqual([undefined]);
  });
});
