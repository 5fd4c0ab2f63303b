import { spawnSync } from "node:child_process";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { curlOf } from "../../../src/core/share";
import { runs } from "../../fast-check-runs";
import { recordWith } from "../record-builder";

/** The words bash hands to the command: `curl` swapped for a printf that writes each NUL-terminated. */
function argumentsOf(command: string): string[] {
  expect(command.startsWith("curl ")).toBe(true);
  const printing = `printf '%s\\0' ${command.slice("curl ".length)}`;
  const run = spawnSync("bash", ["-c", printing], { encoding: "utf8" });
  expect(run.stderr).toBe("");
  return run.stdout.split("\0").slice(0, -1);
}

// Any text but NUL, which no argument can hold: quotes, $, backticks, newlines, controls, astral characters.
const text = fc
  .string({
    unit: fc.oneof(
      fc.constantFrom(
        "'",
        '"',
        "$",
        "`",
        "\\",
        "!",
        "\n",
        "\r",
        "\t",
        "\x1b",
        "\x7f",
        "é",
        "☃",
        "😀",
        "\u0085",
      ),
      fc.string({ minLength: 1, maxLength: 1 }),
      fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }),
      fc.integer({ min: 1, max: 0x1f }).map((code) => String.fromCharCode(code)),
    ),
  })
  .map((s) => s.replace(/\0/g, ""));

describe("curlOf in a real bash", () => {
  it("hands curl exactly the URL, header and body it was given (300 runs)", () => {
    fc.assert(
      fc.property(
        text.filter((s) => s !== ""),
        text.filter((s) => s !== ""),
        (value, body) => {
          const record = recordWith({
            method: "POST",
            url: "https://api.example.com/echo?q=a'b",
            requestHeaders: { "X-Test": value },
            requestBody: { mimeType: "text/plain", text: body },
          });
          expect(argumentsOf(curlOf(record, { reveal: true }))).toEqual([
            "https://api.example.com/echo?q=a'b",
            "-H",
            `X-Test: ${value}`,
            "--data-raw",
            body,
          ]);
        },
      ),
      { numRuns: runs(300) },
    );
  });
});
