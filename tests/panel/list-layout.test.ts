import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ALWAYS_SHOWN,
  COLUMN_WIDTHS,
  DEFAULT_LAYOUT,
  LIST_COLUMNS,
  MAX_COLUMN_WIDTH,
  parseListLayout,
  SIZED_COLUMNS,
} from "../../src/panel/state/list-layout";
import { runs } from "../fast-check-runs";

describe("parseListLayout", () => {
  it("reads a stored layout back, clamping widths to what the list can show", () => {
    const stored = {
      widths: { status: 10, time: 99_999, size: 123.4 },
      hidden: ["size", "bogus"],
      order: null,
    };
    expect(parseListLayout(JSON.stringify(stored))).toEqual({
      widths: {
        ...DEFAULT_LAYOUT.widths,
        status: COLUMN_WIDTHS.status.min,
        time: MAX_COLUMN_WIDTH,
        size: 123,
      },
      hidden: ["size"],
      order: null,
    });
  });

  it("gives a valid layout for any stored text or JSON, never throwing", () => {
    const text = fc.oneof(
      fc.string(),
      fc.json(),
      fc.jsonValue().map((v) => JSON.stringify({ widths: v, hidden: v, order: v })),
    );
    fc.assert(
      fc.property(text, (stored) => {
        const layout = parseListLayout(stored);
        for (const column of SIZED_COLUMNS) {
          expect(layout.widths[column]).toBeGreaterThanOrEqual(COLUMN_WIDTHS[column].min);
          expect(layout.widths[column]).toBeLessThanOrEqual(MAX_COLUMN_WIDTH);
        }
        for (const column of layout.hidden) {
          expect(LIST_COLUMNS).toContain(column);
          expect(ALWAYS_SHOWN).not.toContain(column);
        }
      }),
      { numRuns: runs(500) },
    );
  });
});
