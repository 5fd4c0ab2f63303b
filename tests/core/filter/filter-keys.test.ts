import { describe, expect, it } from "vitest";
import { FILTER_KEYS, IS_ALIASES, KEY_ALIASES, KNOWN_KEYS } from "../../../src/core/filter/filter-keys";
import { parseFilter } from "../../../src/core/filter/filter-parser";
import { IS_VALUES } from "../../../src/core/filter/filter-term";

describe("FILTER_KEYS", () => {
  it("has one entry per key, each with help and an example of that key", () => {
    expect(new Set(FILTER_KEYS.map((k) => k.key)).size).toBe(FILTER_KEYS.length);
    for (const { key, help, example } of FILTER_KEYS) {
      expect(help.length).toBeGreaterThan(10);
      expect(example.startsWith(`${key}:`)).toBe(true);
    }
  });

  it.each(IS_VALUES)("is:%s parses", (value) => {
    expect(parseFilter(`is:${value}`).ok).toBe(true);
  });

  it("aliases point at canonical spellings and are known keys", () => {
    for (const [alias, key] of KEY_ALIASES) {
      expect(KNOWN_KEYS).toContain(alias);
      expect(FILTER_KEYS.map((k) => k.key)).toContain(key);
    }
    for (const value of IS_ALIASES.values()) expect(IS_VALUES).toContain(value);
  });
});
