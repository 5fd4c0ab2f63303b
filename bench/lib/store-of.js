// @ts-check
// A RequestStore holding a generated HAR, as the panel's file view builds it; for the groups that query one.
import { readFileSync } from "node:fs";

/** @param {typeof import("./core-entry.ts")} core @param {string} path */
export function storeOf(core, path) {
  const parsed = core.har.parseHarText(readFileSync(path, "utf8"));
  if (!parsed.ok) throw new Error(parsed.error);
  const store = new core.requests.RequestStore({ cap: parsed.records.length });
  for (const record of parsed.records) store.add(record, { from: "file" });
  return store;
}
