import { describe, expect, it } from "vitest";
import {
  isJsonObject,
  numberField,
  objectField,
  sizeField,
  stringField,
} from "../../../src/core/har/json-fields";

describe("json fields", () => {
  it.each([
    [{}, true],
    [[], false],
    [null, false],
    ["x", false],
  ])("isJsonObject(%j) → %s", (value, want) => {
    expect(isJsonObject(value)).toBe(want);
  });

  it.each([
    { value: "a", string: "a", number: undefined, size: -1 },
    { value: 404, string: "404", number: 404, size: 404 },
    { value: "404", string: "404", number: 404, size: 404 },
    { value: " 12 ", string: " 12 ", number: 12, size: 12 },
    { value: -163, string: "-163", number: -163, size: -1 },
    { value: 12.6, string: "12.6", number: 12.6, size: 13 },
    { value: Number.NaN, string: undefined, number: undefined, size: -1 },
    { value: Number.POSITIVE_INFINITY, string: undefined, number: undefined, size: -1 },
    { value: null, string: undefined, number: undefined, size: -1 },
    { value: true, string: undefined, number: undefined, size: -1 },
    { value: "1e3", string: "1e3", number: undefined, size: -1 },
  ])("$value → string $string, number $number, size $size", ({ value, string, number, size }) => {
    const source = { field: value };
    expect(stringField(source, "field")).toBe(string);
    expect(numberField(source, "field")).toBe(number);
    expect(sizeField(source, "field")).toBe(size);
  });

  it("reads nothing from a missing source or key", () => {
    expect(objectField(undefined, "a")).toBeUndefined();
    expect(objectField({ a: [] }, "a")).toBeUndefined();
    expect(objectField({ a: { b: 1 } }, "a")).toEqual({ b: 1 });
    expect(stringField(undefined, "a")).toBeUndefined();
    expect(sizeField({}, "a")).toBe(-1);
  });
});
