import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseHarText } from "../../src/core/har";
import { linkPreflights } from "../../src/core/requests";
import { preflightLinksOf, preflightPairsOf } from "../../src/panel/import/import-message";

describe("preflight pairs sent by id from the import worker", () => {
  it.each(["chromium-preflight.har", "chromium-cors-reasons.har"])(
    "give back the same links as linkPreflights over %s",
    (name) => {
      const parsed = parseHarText(readFileSync(`tests/fixtures/har/${name}`, "utf8"));
      if (!parsed.ok) throw new Error(parsed.error);
      const links = linkPreflights(parsed.records);
      expect(links.size).toBeGreaterThan(0);
      const byId = new Map(parsed.records.map((record) => [record.id, record]));
      expect(preflightLinksOf(preflightPairsOf(links), (id) => byId.get(id))).toEqual(links);
    },
  );
});
