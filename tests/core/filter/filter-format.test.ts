import { describe, expect, it } from "vitest";
import { formatFilter } from "../../../src/core/filter/filter-format";
import { parseFilter } from "../../../src/core/filter/filter-parser";

describe("formatFilter", () => {
  it.each<[string, string]>([
    ["", ""],
    ["  API  ", "API"],
    ["status-code:404,5XX,>=600,400-403", "status:404,5xx,>=600,400-403"],
    ["-resource-type:XHR|Fetch", "-type:xhr,fetch"],
    ["is:from-cache larger-than:1024", "is:cached larger-than:1k"],
    ['"a b" "-x" "k:v" "q\\"" "\\\\"', '"a b" "-x" "k:v" "q\\"" "\\\\"'],
    ["method:get domain:*.Example.COM", "method:GET domain:*.example.com"],
    ["path:/api/orders/:id -path:*/health", "path:/api/orders/:id -path:*/health"],
  ])("%j → %j", (query, expected) => {
    const parsed = parseFilter(query);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(formatFilter(parsed.filter)).toBe(expected);
  });
});
