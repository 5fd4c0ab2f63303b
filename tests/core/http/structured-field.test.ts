import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseStructuredMembers } from "../../../src/core/http/structured-field";

type Plain = { key?: string; value: unknown; params: Record<string, unknown> };
const plain = (value: string): Plain[] =>
  parseStructuredMembers(value).map((m) => ({ ...m, params: Object.fromEntries(m.params) }));

describe("parseStructuredMembers (RFC 9651 §4.2, leniently)", () => {
  it.each<[string, Plain[]]>([
    ['"default";r=50;t=30', [{ value: "default", params: { r: 50, t: 30 } }]],
    [
      '"burst";q=100;w=60, "day";q=1000;w=86400',
      [
        { value: "burst", params: { q: 100, w: 60 } },
        { value: "day", params: { q: 1000, w: 86400 } },
      ],
    ],
    [
      "limit=100, remaining=0, reset=30",
      [
        { key: "limit", value: 100, params: {} },
        { key: "remaining", value: 0, params: {} },
        { key: "reset", value: 30, params: {} },
      ],
    ],
    [
      "a;x, ?1, :AQI=:, 1.5",
      [
        { value: "a", params: { x: true } },
        { value: true, params: {} },
        { value: "AQI=", params: {} },
        { value: 1.5, params: {} },
      ],
    ],
    ['"a,b";w=1', [{ value: "a,b", params: { w: 1 } }]],
    ['"unterminated;r=1, ok', []],
    ["(inner list);r=1, token", [{ value: "token", params: {} }]],
    ["", []],
  ])("%j", (value, expected) => {
    expect(plain(value)).toEqual(expected);
  });

  it("reads back any list of strings with integer parameters it could have been sent", () => {
    const key = fc.stringMatching(/^[a-z][a-z0-9_-]{0,5}$/);
    const text = fc.string({ maxLength: 10 }).filter((s) => /^[\x20-\x7e]*$/.test(s));
    const member = fc.record({
      value: text,
      params: fc.uniqueArray(fc.tuple(key, fc.nat(1e9)), { selector: ([k]) => k, maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(member, { minLength: 1, maxLength: 4 }), (members) => {
        const header = members
          .map(
            ({ value, params }) =>
              `"${value.replace(/["\\]/g, (c) => `\\${c}`)}"${params.map(([k, v]) => `;${k}=${v}`).join("")}`,
          )
          .join(", ");
        expect(plain(header)).toEqual(
          members.map(({ value, params }) => ({ value, params: Object.fromEntries(params) })),
        );
      }),
    );
  });

  it("never throws; numbers are finite", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[a-z0-9"=;,?:. -]{0,30}$/)), (value) => {
        for (const member of parseStructuredMembers(value)) {
          if (typeof member.value === "number") expect(Number.isFinite(member.value)).toBe(true);
        }
      }),
    );
  });
});
