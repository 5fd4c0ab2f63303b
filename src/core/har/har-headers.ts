import type { HeaderField } from "../model";
import { isJsonObject, stringField } from "./json-fields";

/**
 * HAR headers as name/value pairs, in order, duplicates and name case kept (lookups are case-insensitive).
 * Accepts the HAR array and the `{ name: value }` object some tools write; drops items without a name.
 */
export function headerFieldsOf(value: unknown): HeaderField[] {
  if (Array.isArray(value)) {
    return value.flatMap((item: unknown) => {
      if (!isJsonObject(item)) return [];
      const name = stringField(item, "name")?.trim();
      if (!name) return [];
      return [{ name, value: stringField(item, "value") ?? "" }];
    });
  }
  if (isJsonObject(value)) {
    return Object.entries(value).flatMap(([key, field]) => {
      const name = key.trim();
      if (!name) return [];
      const values = Array.isArray(field) ? field : [field];
      return values.flatMap((item: unknown) =>
        typeof item === "string" || typeof item === "number" ? [{ name, value: String(item) }] : [],
      );
    });
  }
  return [];
}
