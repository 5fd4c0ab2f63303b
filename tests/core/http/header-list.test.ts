import { describe, expect, it } from "vitest";
import { tokenList } from "../../../src/core/http/header-list";

describe("tokenList (RFC 9110 §5.6.1)", () => {
  it.each<[string[], string[]]>([
    [["GET, POST"], ["GET", "POST"]],
    [
      ["a", " b ,c"],
      ["a", "b", "c"],
    ],
    [[",,x,, "], ["x"]],
    [['ok, not ok, "q"'], ["ok"]],
    [[], []],
  ])("%j", (values, expected) => {
    expect(tokenList(values)).toEqual(expected);
  });
});
