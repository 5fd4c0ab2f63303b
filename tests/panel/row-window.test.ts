import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rowWindow, scrollTopToShow } from "../../src/panel/row-window";

const base = { rowHeight: 20, overscan: 5 };

describe("rowWindow", () => {
  it.each([
    ["top of a long list", { scrollTop: 0, viewportHeight: 200, total: 5000 }, { start: 0, end: 15 }],
    ["scrolled to row 100", { scrollTop: 2000, viewportHeight: 200, total: 5000 }, { start: 95, end: 115 }],
    ["bottom", { scrollTop: 99_800, viewportHeight: 200, total: 5000 }, { start: 4985, end: 5000 }],
    [
      "scrolled past the end (list shrank)",
      { scrollTop: 1e9, viewportHeight: 200, total: 10 },
      { start: 10, end: 10 },
    ],
    ["empty list", { scrollTop: 0, viewportHeight: 200, total: 0 }, { start: 0, end: 0 }],
    ["no height yet", { scrollTop: 0, viewportHeight: 0, total: 50 }, { start: 0, end: 5 }],
  ])("%s", (_name, input, expected) => {
    expect(rowWindow({ ...base, ...input })).toEqual(expected);
  });

  it("always returns a window inside the list that covers every row in view", () => {
    fc.assert(
      fc.property(
        fc.nat(10_000),
        fc.nat(2000),
        fc.integer({ min: 1, max: 50 }),
        fc.nat(100_000),
        fc.nat(20),
        (total, viewportHeight, rowHeight, scrollTop, overscan) => {
          const { start, end } = rowWindow({ scrollTop, viewportHeight, rowHeight, total, overscan });
          expect(0 <= start && start <= end && end <= total).toBe(true);
          const firstInView = Math.floor(scrollTop / rowHeight);
          const lastInView = Math.min(total, Math.ceil((scrollTop + viewportHeight) / rowHeight));
          if (firstInView < total) {
            expect(start).toBeLessThanOrEqual(firstInView);
            expect(end).toBeGreaterThanOrEqual(lastInView);
          }
        },
      ),
    );
  });
});

describe("scrollTopToShow", () => {
  it.each([
    ["already in view", 12, 200, { expected: 200 }],
    ["above: scroll up to it", 2, 200, { expected: 40 }],
    ["below: scroll just enough", 30, 200, { expected: 420 }],
  ])("%s", (_name, index, scrollTop, { expected }) => {
    expect(scrollTopToShow(index, scrollTop, 200, 20)).toBe(expected);
  });
});
