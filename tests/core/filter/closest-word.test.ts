import { describe, expect, it } from "vitest";
import { closestWord, editDistance } from "../../../src/core/filter/closest-word";

describe("editDistance (optimal string alignment)", () => {
  it.each<[string, string, number]>([
    ["", "", 0],
    ["status", "status", 0],
    ["stauts", "status", 1],
    ["faild", "failed", 1],
    ["kitten", "sitting", 3],
    ["", "abc", 3],
  ])("%j ↔ %j = %i", (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
    expect(editDistance(b, a)).toBe(expected);
  });
});

describe("closestWord", () => {
  const keys = ["status", "is", "method", "domain", "type", "larger-than"];
  it.each<[string, string | undefined]>([
    ["stauts", "status"],
    ["STATSU", "status"],
    ["stat", "status"],
    ["mehtod", "method"],
    ["larger", "larger-than"],
    ["iss", "is"],
    ["localhost", undefined],
    ["ip", undefined],
    ["st", "status"],
    ["x", undefined],
    ["a".repeat(100), undefined],
  ])("%j → %s", (word, expected) => {
    expect(closestWord(word, keys)).toBe(expected);
  });
});
