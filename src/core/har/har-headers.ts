import type { HeaderField } from "../model";
import { internedField } from "./header-pool";
import { isJsonObject, stringField } from "./json-fields";

/**
 * HAR headers as name/value pairs, in order, duplicates and name case kept (lookups are case-insensitive).
 * Accepts the HAR array and the `{ name: value }` object some tools write; drops items without a name. Fields
 * are shared between records (header-pool.ts): never mutate one.
 */
export function headerFieldsOf(value: unknown): HeaderField[] {
  const fields: HeaderField[] = [];
  if (Array.isArray(value)) {
    // A loop, not flatMap: a 100,000-entry HAR has 2.5 million headers, and each flatMap item was an array.
    for (const item of value) {
      if (!isJsonObject(item)) continue;
      // Read directly in the common case (strings): stringField's keyed read is megamorphic over a whole HAR.
      const rawName = item.name;
      const rawValue = item.value;
      const name = (typeof rawName === "string" ? rawName : stringField(item, "name"))?.trim();
      const text = typeof rawValue === "string" ? rawValue : (stringField(item, "value") ?? "");
      if (name) fields.push(internedField(name, text));
    }
  } else if (isJsonObject(value)) {
    for (const key of Object.keys(value)) {
      const name = key.trim();
      if (!name) continue;
      const field = value[key];
      for (const item of Array.isArray(field) ? field : [field])
        if (typeof item === "string" || typeof item === "number")
          fields.push(internedField(name, String(item)));
    }
  }
  return fields;
}
