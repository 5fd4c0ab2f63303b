import { describe, expect, it } from "vitest";
import { type ListRules, parseListValue } from "../../../src/core/filter/filter-list-value";

const methods: ListRules = { noun: "method", normalize: (m) => m.toUpperCase(), pattern: /^[A-Z]+$/ };
const types: ListRules = {
  noun: "resource type",
  normalize: (t) => t.toLowerCase(),
  known: ["xhr", "fetch", "script"],
};

describe("parseListValue", () => {
  it.each<[string, ListRules, ReturnType<typeof parseListValue>]>([
    ["get,Post", methods, { ok: true, items: ["GET", "POST"] }],
    ["get|post", methods, { ok: true, items: ["GET", "POST"] }],
    ["", methods, { ok: false, message: "Give a method after the colon." }],
    [",", methods, { ok: false, message: "Give a method after the colon." }],
    ["GET,,POST", methods, { ok: false, message: "Empty item in the list.", suggestion: "GET,POST" }],
    ["G3T", methods, { ok: false, message: "Unknown method “G3T”." }],
    [
      "XHR,scirpt",
      types,
      { ok: false, message: "Unknown resource type “scirpt”.", suggestion: "xhr,script" },
    ],
    ["xhr,banana", types, { ok: false, message: "Unknown resource type “banana”." }],
  ])("%j", (value, rules, expected) => {
    expect(parseListValue(value, rules)).toEqual(expected);
  });
});
