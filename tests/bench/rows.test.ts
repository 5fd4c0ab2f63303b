import { describe, expect, test } from "vitest";
import { median, sideBySide } from "../../bench/lib/measure.js";
import { countRow, isRow, limitRow, ratioRow } from "../../bench/lib/rows.js";
import { textTable } from "../../bench/lib/table.js";

describe("bench rows", () => {
  test.each([
    [13, 10, true],
    [13.1, 10, false],
    [5, 0, false],
  ])("ratio %d / %d within ≤1.3× is %s", (ours, baseline, pass) => {
    const row = ratioRow({ what: "x", ours, baseline, unit: "ms", max: 1.3 });
    expect(row.pass).toBe(pass);
    expect(row.budget).toBe("≤1.3×");
    expect(isRow(row)).toBe(true);
  });

  test("a cap passes at the cap and fails past it", () => {
    expect(limitRow({ what: "x", ours: 100, unit: "ms", max: 100 }).pass).toBe(true);
    expect(limitRow({ what: "x", ours: 100.5, unit: "ms", max: 100 }).pass).toBe(false);
  });

  test("a count passes only when equal", () => {
    expect(countRow({ what: "x", ours: 9_999, expected: 10_000 }).pass).toBe(false);
    expect(countRow({ what: "x", ours: 10_000, expected: 10_000 }).pass).toBe(true);
  });

  test("a row missing its figures is refused", () => {
    expect(
      isRow({ what: "x", ours: "1", baseline: null, ratio: null, unit: "ms", budget: "", pass: true }),
    ).toBe(false);
  });

  test("the table prints each row's figures and FAIL", () => {
    const text = textTable([ratioRow({ what: "filter", ours: 20, baseline: 10, unit: "ms", max: 1.5 })]);
    expect(text).toMatch(/filter\s+20 ms\s+10 ms\s+2\.00×\s+≤1\.5×\s+FAIL/);
  });
});

describe("side by side", () => {
  test("medians, odd and even", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  test("ours and the baseline alternate which goes first", async () => {
    const order: string[] = [];
    await sideBySide({
      repeat: 3,
      ours: () => order.push("ours"),
      baseline: () => order.push("baseline"),
    });
    expect(order).toEqual(["ours", "baseline", "baseline", "ours", "ours", "baseline"]);
  });
});
