import fc from "fast-check";
import { expect } from "vitest";
import { main } from "../../src/cli/main";
import { fakeIo } from "./fake-io";

/** What a terminal acts on: C0 but tab and newline, DEL, C1, bidi controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
export const ACTIVE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

// Any text, control characters and bidi overrides included, in every field the text report prints.
const hostile = fc.string({ unit: "binary", maxLength: 40 });
const entry = fc.record({ url: hostile, method: hostile, statusText: hostile, header: hostile });

/**
 * `status-lens har` on a HAR whose fields hold anything prints no character a terminal would act on, and one
 * head line per request. Shared by the test that holds the CLI to it and the one proving it catches a CLI without
 * its escaping.
 */
export function hostileHarProperty() {
  return fc.asyncProperty(fc.array(entry, { minLength: 1, maxLength: 4 }), async (fields) => {
    const har = {
      log: {
        entries: fields.map((f, i) => ({
          startedDateTime: `2026-01-01T00:00:0${i}.000Z`,
          request: { method: `X${f.method}`, url: `https://a.example/${f.url}`, headers: [] },
          response: {
            status: 500,
            statusText: f.statusText,
            _error: "",
            headers: [
              { name: "Retry-After", value: f.header },
              { name: "Server", value: f.header },
            ],
          },
        })),
      },
    };
    const { io, cli } = fakeIo(async () => JSON.stringify(har));
    expect(await main(["har", "x.har"], cli)).toBe(0);
    expect(io.stdout).not.toMatch(ACTIVE);
    expect(io.stdout.split("\n").filter((line) => /^ {2}#\d+ /.test(line))).toHaveLength(fields.length);
  });
}
