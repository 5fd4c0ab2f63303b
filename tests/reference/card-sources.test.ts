/** Every claim a card makes about a spec or a vendor carries its source: a link, or the spec it cites. */
import { describe, expect, it } from "vitest";
import { ALL_ENTRIES } from "../../src/reference";

// Cards with no page to link: each says in its text why (no vendor specification, or a printed book).
const NO_PAGE: Record<number, RegExp> = {
  440: /publishes no specification/,
  450: /Writing Secure Code for Windows Vista/,
  509: /No standard defines it/,
  598: /No standard or major vendor documents it/,
  599: /No standard defines it/,
};

describe("sources", () => {
  it.each(ALL_ENTRIES.map((entry) => [entry.name, entry] as const))("%s names its source", (_name, entry) => {
    const noPage = entry.code === undefined ? undefined : NO_PAGE[entry.code];
    if (noPage && entry.kind === "unofficial") {
      expect(entry.explanation).toMatch(noPage);
      return;
    }
    expect(entry.links.length, "a link to the spec, vendor page or source file").toBeGreaterThan(0);
    if (entry.kind === "standard") expect(entry.spec).not.toBe("");
    if (entry.netErrorNumber !== undefined) {
      expect(entry.links.map((link) => link.title)).toContain("Chromium net_error_list.h");
    }
  });

  it("links every vendor card to that vendor's or a primary source, not to a status-code list site", () => {
    for (const entry of ALL_ENTRIES) {
      for (const link of entry.links)
        expect(link.url, entry.name).not.toMatch(/wikipedia|http\.dev|httpstatuses|errcodes/);
    }
  });
});
