import { readFileSync } from "node:fs";
import { normalizeEntry, parseHarText } from "../../src/core/har";
import type { RequestRecord } from "../../src/core/model";

/** A fixture's raw entries, for tests that feed entries one by one. */
export function fixtureEntries(name: string): unknown[] {
  const har = JSON.parse(readFileSync(`tests/fixtures/har/${name}`, "utf8"));
  return har.log.entries;
}

/** A fixture parsed the way the CLI and the panel's import do; throws in the test if the file is refused. */
export function fixtureRecords(name: string): RequestRecord[] {
  const parsed = parseHarText(readFileSync(`tests/fixtures/har/${name}`, "utf8"));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.records;
}

/** Entries normalized one by one, as the live capture does; throws in the test on an entry it refuses. */
export function recordsOf(entries: readonly unknown[]): RequestRecord[] {
  return entries.map((entry, i) => {
    const result = normalizeEntry(entry, i);
    if (!result.ok) throw new Error(result.problem.message);
    return result.record;
  });
}
