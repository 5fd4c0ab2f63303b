import { describe, expect, it } from "vitest";
import { explainStatus } from "../../src/reference";
import { REGISTERED_ENTRIES } from "../../src/reference/lookup";
import { registryRows } from "./iana-registry";

const rows = registryRows();
const assigned = rows.filter((row) => row.from === row.to && row.description !== "Unassigned");
const unassigned = rows.filter((row) => row.description === "Unassigned");

// "Not Extended (OBSOLETED)" and "Upload Resumption Supported (TEMPORARY - …)" carry their standing in a suffix.
const registeredName = (description: string) => description.replace(/ \((?:TEMPORARY|OBSOLETED)\b.*\)$/, "");

describe("the IANA registry snapshot", () => {
  it("is read whole", () => {
    expect(assigned.length).toBeGreaterThan(60);
    expect(unassigned.length).toBeGreaterThan(5);
  });

  it.each(assigned.map((row) => [row.from, row.description] as const))(
    "%i is present exactly once with its registered name (%s)",
    (code, description) => {
      const matches = REGISTERED_ENTRIES.filter((entry) => entry.code === code);
      expect(matches).toHaveLength(1);
      const [entry] = matches;
      expect(entry?.registeredName ?? entry?.name).toBe(registeredName(description));
      expect(entry?.kind).toBe("standard");
      if (description.includes("(TEMPORARY")) expect(entry?.standing).toBe("temporary");
      if (description.includes("(OBSOLETED)")) expect(entry?.standing).toBe("obsolete");
      if (description === "(Unused)") expect(entry?.standing).toBe("reserved");
    },
  );

  it("has no entry the registry does not list", () => {
    const listed = new Set(assigned.map((row) => row.from));
    expect(REGISTERED_ENTRIES.filter((entry) => !listed.has(entry.code ?? -1))).toEqual([]);
  });

  it("gives every unassigned code an unofficial or fallback card of the right class", () => {
    for (const { from, to } of unassigned) {
      for (let code = from; code <= to; code++) {
        const entry = explainStatus(code);
        expect(["unofficial", "fallback"], `code ${code}`).toContain(entry.kind);
        expect(entry.class).toBe(`${Math.floor(code / 100)}xx`);
      }
    }
  });
});
