import { expect } from "vitest";
import { STATUS_CLASSES } from "../../src/core/model";
import { ENTRY_KINDS, type ReferenceEntry, STANDINGS } from "../../src/reference";

const nonEmptyStrings = (values: unknown) =>
  Array.isArray(values) && values.every((value) => typeof value === "string" && value.trim() !== "");

/** Shared check: every field of the --json contract is present and of the right shape. */
export function expectWellFormed(entry: ReferenceEntry): void {
  expect([...STATUS_CLASSES, "failed", "websocket"]).toContain(entry.class);
  expect(entry.class === "websocket").toBe(entry.kind === "websocket-close");
  expect(ENTRY_KINDS).toContain(entry.kind);
  expect(STANDINGS).toContain(entry.standing);
  for (const text of [entry.name, entry.summary, entry.explanation]) {
    expect(typeof text === "string" && text.trim() !== "").toBe(true);
  }
  expect(nonEmptyStrings(entry.aliases)).toBe(true);
  expect(nonEmptyStrings(entry.causes)).toBe(true);
  expect(nonEmptyStrings(entry.hints)).toBe(true);
  expect(nonEmptyStrings(entry.headers)).toBe(true);
  expect(["yes", "no", "after-change", "after-delay"]).toContain(entry.retry);
  expect(typeof entry.cacheable).toBe("boolean");
  expect(typeof entry.spec).toBe("string");
  for (const related of entry.related) {
    expect(Number.isInteger(related.code)).toBe(true);
    expect(related.note.trim()).not.toBe("");
  }
  for (const link of entry.links) {
    expect(link.title.trim()).not.toBe("");
    expect(new URL(link.url).protocol).toBe("https:");
  }
  expect(new Set(entry.links.map((link) => link.url)).size).toBe(entry.links.length);
  if (entry.kind === "failure") expect(entry.code).toBeUndefined();
  if (entry.code !== undefined) expect(Number.isFinite(entry.code)).toBe(true);
  if (entry.note !== undefined) expect(entry.note.trim()).not.toBe("");
  if (entry.netErrorNumber !== undefined) {
    expect(Number.isInteger(entry.netErrorNumber) && entry.netErrorNumber < 0).toBe(true);
    expect(entry.kind).toBe("failure");
  }
  if (entry.closeCode !== undefined) {
    expect(Number.isInteger(entry.closeCode) && entry.closeCode >= 0 && entry.closeCode <= 65535).toBe(true);
    expect(entry.kind).toBe("websocket-close");
  }
  if (entry.kind === "websocket-close") expect(entry.code).toBeUndefined();
  expect(() => JSON.stringify(entry)).not.toThrow();
}
