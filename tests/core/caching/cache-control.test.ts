import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deltaSeconds, fieldNamesOf, parseCacheControl } from "../../../src/core/caching";
import { runs } from "../../fast-check-runs";

const parse = (...values: string[]) => parseCacheControl(values);

describe("parseCacheControl", () => {
  it("reads directives across field lines, names case-insensitively", () => {
    const { directives, problems } = parse("Public, MAX-AGE=600", "s-maxage = 60");
    expect([...directives.keys()]).toEqual(["public", "max-age", "s-maxage"]);
    expect(deltaSeconds(directives.get("max-age"))).toBe(600);
    expect(deltaSeconds(directives.get("s-maxage"))).toBe(60);
    expect(problems).toEqual([]);
  });

  it("reads quoted arguments with commas and escapes", () => {
    const { directives } = parse('no-cache="Set-Cookie, X-User", private="a\\"b", max-age="30"');
    expect(fieldNamesOf(directives.get("no-cache"))).toEqual(["Set-Cookie", "X-User"]);
    expect(directives.get("private")?.argument).toBe('a"b');
    expect(deltaSeconds(directives.get("max-age"))).toBe(30);
  });

  it("keeps the first of a duplicate and says so", () => {
    const { directives, problems } = parse("max-age=600", "max-age=60");
    expect(deltaSeconds(directives.get("max-age"))).toBe(600);
    expect(problems).toEqual([
      "max-age is given twice (max-age=600, then max-age=60); caches use the first.",
    ]);
  });

  it("reports what it cannot read instead of throwing", () => {
    const { directives, problems } = parse('max-age=ten, =5, "quoted", no-store, private="open');
    expect(deltaSeconds(directives.get("max-age"))).toBeUndefined();
    expect(directives.has("no-store")).toBe(true);
    expect(problems).toEqual([
      "“=5” is not a directive; caches skip it.",
      '“"quoted"” is not a directive; caches skip it.',
      'private="open has an unclosed quote.',
    ]);
  });

  it("caps delta-seconds at 2^31 and refuses signs and fractions (RFC 9111 §1.2.2)", () => {
    const seconds = (text: string) => deltaSeconds(parse(text).directives.get("max-age"));
    expect(seconds("max-age=99999999999999")).toBe(2 ** 31);
    expect(seconds("max-age=-1")).toBeUndefined();
    expect(seconds("max-age=1.5")).toBeUndefined();
    expect(seconds("max-age")).toBeUndefined();
  });

  it("never throws, and every directive it keeps is a lower-case token", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 60 }), { maxLength: 4 }), (values) => {
        const { directives, problems } = parseCacheControl(values);
        for (const [name, directive] of directives) {
          expect(name).toMatch(/^[!#$%&'*+.^_`|~0-9a-z-]+$/);
          expect(directive.name).toBe(name);
          const seconds = deltaSeconds(directive);
          if (seconds !== undefined) expect(seconds >= 0 && seconds <= 2 ** 31).toBe(true);
        }
        for (const problem of problems) expect(typeof problem).toBe("string");
      }),
      { numRuns: runs(1000) },
    );
  });

  it("reads back what a well-formed field says", () => {
    const name = fc.stringMatching(/^[a-z][a-z-]{0,12}$/);
    const argument = fc.option(fc.oneof(fc.nat().map(String), fc.string({ maxLength: 12 })), {
      nil: undefined,
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(name, argument), { selector: ([n]) => n, maxLength: 6 }),
        (pairs) => {
          const quote = (text: string) => `"${text.replace(/["\\]/g, (c) => `\\${c}`)}"`;
          const field = pairs.map(([n, a]) => (a === undefined ? n : `${n}=${quote(a)}`)).join(", ");
          const { directives, problems } = parseCacheControl([field]);
          expect(problems).toEqual([]);
          expect([...directives.values()].map((d) => [d.name, d.argument])).toEqual(pairs);
        },
      ),
      { numRuns: runs(500) },
    );
  });
});
