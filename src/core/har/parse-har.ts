import type { Problem, RequestRecord } from "../model";
import { isJsonObject, objectField } from "./json-fields";
import { normalizeEntry } from "./normalize-entry";
import { occurrenceIdOf } from "./record-id";

export type ParseHarResult =
  | { ok: true; records: RequestRecord[]; problems: Problem[] }
  | { ok: false; error: string };

/**
 * A whole HAR log: `{ log: { entries: [...] } }` (or `{ entries }`, the shape getHAR hands over). Bad
 * entries become problems; only input with no entries array at all is refused. Ids are made unique within the
 * file, so two identical entries both stay.
 */
export function parseHar(input: unknown): ParseHarResult {
  const log = objectField(isJsonObject(input) ? input : undefined, "log");
  const entries = Array.isArray(log?.entries)
    ? log.entries
    : isJsonObject(input) && Array.isArray(input.entries)
      ? input.entries
      : undefined;
  if (!entries) {
    return {
      ok: false,
      error: isJsonObject(input)
        ? "not a HAR file: no log.entries array"
        : "not a HAR file: not a JSON object",
    };
  }
  const records: RequestRecord[] = [];
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  for (let index = 0; index < entries.length; index++) {
    const result = normalizeEntry(entries[index], index);
    if (!result.ok) {
      problems.push(result.problem);
      continue;
    }
    const copies = seen.get(result.record.id) ?? 0;
    seen.set(result.record.id, copies + 1);
    records.push(
      copies === 0 ? result.record : { ...result.record, id: occurrenceIdOf(result.record.id, copies + 1) },
    );
  }
  return { ok: true, records, problems };
}

/** parseHar over a file's text; invalid JSON is refused with one line naming where it broke. */
export function parseHarText(text: string): ParseHarResult {
  let input: unknown;
  try {
    input = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const detail = error instanceof Error ? error.message.split("\n")[0] : "";
    return { ok: false, error: `not a HAR file: invalid JSON${detail ? ` (${detail})` : ""}` };
  }
  return parseHar(input);
}
