import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allowHints, parseAllow } from "../../../src/core/hints/allow-hints";
import { recordWith } from "../record-builder";

describe("parseAllow (RFC 9110 §10.2.1)", () => {
  it.each<[string[], string[]]>([
    [["GET, HEAD"], ["GET", "HEAD"]],
    [
      ["GET", "POST,GET"],
      ["GET", "POST"],
    ],
    [[" GET ,, PUT "], ["GET", "PUT"]],
    [["GET, <script>, HEAD"], ["GET", "HEAD"]],
    [[""], []],
  ])("%j", (values, expected) => {
    expect(parseAllow(values)).toEqual(expected);
  });

  it("never throws and yields only tokens", () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (values) => {
        for (const method of parseAllow(values)) expect(method).toMatch(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/);
      }),
    );
  });
});

describe("allowHints on a 405", () => {
  it.each<[string, Record<string, string>, string, string | undefined]>([
    ["DELETE", { Allow: "GET, HEAD" }, "info", "Allow lists GET, HEAD; this request used DELETE."],
    [
      "post",
      { Allow: "GET, POST" },
      "info",
      "Allow lists GET, POST; this request used post. Methods are case-sensitive: POST is listed.",
    ],
    ["PUT", { Allow: "GET, PUT" }, "warning", undefined],
    ["PUT", {}, "warning", undefined],
    ["PUT", { Allow: "" }, "info", "Allow is empty: this resource accepts no method at all."],
    ["PUT", { Allow: "<<>>" }, "", undefined],
  ])("%s with %j", (method, responseHeaders, severity, text) => {
    const hints = allowHints(recordWith({ status: 405, method, responseHeaders }));
    if (severity === "") return expect(hints).toEqual([]);
    expect(hints).toHaveLength(1);
    expect(hints[0]?.severity).toBe(severity);
    if (text) expect(hints[0]?.text).toBe(text);
    else expect(hints[0]?.text).toContain(method);
  });
});
