import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { oneLineField, terminalSafe } from "../../src/cli/terminal-safe";
import { runs } from "../fast-check-runs";
import { fakeIo } from "./fake-io";
import { ACTIVE, hostileHarProperty } from "./hostile-har-property";

describe("terminalSafe", () => {
  it.each([
    ["a title set by OSC 0", "\u001b]0;pwned\u0007", "\\u001b]0;pwned\\u0007"],
    ["the clipboard written by OSC 52", "\u001b]52;c;ZXZpbA==\u0007", "\\u001b]52;c;ZXZpbA==\\u0007"],
    [
      "a line rewritten by carriage return",
      "https://real.example\rhttps://fake.example",
      "https://real.example\\u000dhttps://fake.example",
    ],
    ["an 8-bit CSI", "\u009b2J", "\\u009b2J"],
    ["a right-to-left override", "exe.\u202etxt", "exe.\\u202etxt"],
  ])("shows %s as escapes", (_what, text, shown) => {
    expect(terminalSafe(text)).toBe(shown);
  });

  it("keeps tab, newline and ordinary text, and keeps JSON valid and equal", () => {
    expect(terminalSafe("a\tb\nc é 😀")).toBe("a\tb\nc é 😀");
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const json = terminalSafe(JSON.stringify({ text }));
        expect(json).not.toMatch(ACTIVE);
        expect(JSON.parse(json)).toEqual({ text });
      }),
    );
  });
});

describe("oneLineField", () => {
  it("shows a field's line breaks instead of breaking the report's lines", () => {
    expect(oneLineField("GET\nHTTP/1.1 200 OK")).toBe("GET\\nHTTP/1.1 200 OK");
    expect(oneLineField("a\u2028b")).toBe("a\\u2028b");
  });
});

describe("status-lens har on a hostile HAR", () => {
  it("cannot forge a request line with a newline in a field", async () => {
    const har = {
      log: {
        entries: [
          {
            startedDateTime: "2026-01-01T00:00:00.000Z",
            request: { method: "GET", url: "https://real.example/", headers: [] },
            response: {
              status: 500,
              statusText: "Oops\n  #99 200 OK GET https://fake.example/",
              headers: [],
            },
          },
        ],
      },
    };
    const { io, cli } = fakeIo(async () => JSON.stringify(har));
    expect(await main(["har", "x.har"], cli)).toBe(0);
    expect(io.stdout).toContain(
      "500 Oops\\n  #99 200 OK GET https://fake.example/ GET https://real.example/",
    );
    expect(io.stdout).not.toMatch(/^ {2}#99 /m);
  });

  it("prints no character a terminal would act on, and one head line per request", async () => {
    await fc.assert(hostileHarProperty(), { numRuns: runs(200) });
  });
});
