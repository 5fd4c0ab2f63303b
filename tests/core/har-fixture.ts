import { readFileSync } from "node:fs";
import { parseHarText } from "../../src/core/har";
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
