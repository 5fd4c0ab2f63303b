import { describe, expect, it } from "vitest";
import { explainStatus, statusNameOf } from "../../src/reference";

describe("the status names the list shows before the cards load", () => {
  it("are the cards' own names and kinds, for every code from 100 to 599", () => {
    const wrong: string[] = [];
    for (let code = 100; code <= 599; code++) {
      const card = explainStatus(code);
      const expected = card.kind === "fallback" ? undefined : { name: card.name, kind: card.kind };
      // The line src/reference/status-names.ts needs for this code (or none, for a code with no card).
      if (JSON.stringify(statusNameOf(code)) !== JSON.stringify(expected))
        wrong.push(
          expected
            ? `[${code}, ${JSON.stringify(expected.name)}, "${expected.kind}"],`
            : `no line for ${code}`,
        );
    }
    expect(wrong).toEqual([]);
  });
});
