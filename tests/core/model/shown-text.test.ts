import { describe, expect, it } from "vitest";
import { explainExchange } from "../../../src/core/hints";
import { MAX_SHOWN, shorten, statusLabel } from "../../../src/core/model";
import { recordWith } from "../record-builder";

const MEGABYTE = 1024 * 1024;

describe("shorten", () => {
  it("keeps short text and cuts long text, saying how much is left out", () => {
    expect(shorten("short")).toBe("short");
    expect(shorten("x".repeat(MAX_SHOWN + 5))).toBe(`${"x".repeat(MAX_SHOWN)}… (5 more characters)`);
  });

  it("never splits a surrogate pair", () => {
    const cut = shorten(`${"a".repeat(9)}😀tail`, 10);
    expect(cut.startsWith(`${"a".repeat(9)}…`)).toBe(true);
  });
});

describe("page text of 1 MB on a card", () => {
  it("keeps every finding short: a 1 MB WWW-Authenticate realm", () => {
    const record = recordWith({
      status: 401,
      responseHeaders: { "WWW-Authenticate": `Bearer realm="${"r".repeat(MEGABYTE)}"` },
    });
    const findings = explainExchange(record, { now: new Date() }).findings;
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) expect(finding.text.length).toBeLessThan(MAX_SHOWN + 100);
  });

  it("keeps a 1 MB reason phrase or error short in the row's label", () => {
    expect(
      statusLabel(recordWith({ status: 500, statusText: "e".repeat(MEGABYTE) })).text.length,
    ).toBeLessThan(300);
    const failed = recordWith({ status: 0, failure: { kind: "network", error: "E".repeat(MEGABYTE) } });
    expect(statusLabel(failed).text.length).toBeLessThan(300);
  });
});
