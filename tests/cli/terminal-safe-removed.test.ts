import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { hostileHarProperty } from "./hostile-har-property";

// The CLI as it would be with its escaping removed: the printer passes file text through untouched.
vi.mock("../../src/cli/terminal-safe", () => ({
  terminalSafe: (text: string) => text,
  oneLineField: (text: string) => text,
}));

describe("the terminal property, against a CLI without its escaping", () => {
  it("finds a hostile HAR that reaches the terminal raw: the property has teeth", async () => {
    const outcome = await fc.check(hostileHarProperty(), { numRuns: 200 });
    expect(outcome.failed).toBe(true);
  });
});
