import type { HeaderField } from "../model";
import { isJsonObject, stringField } from "./json-fields";

const isTrimmed = (name: string) => {
  const first = name.charCodeAt(0);
  const last = name.charCodeAt(name.length - 1);
  // Outside ASCII, trim's own idea of white space decides.
  if (first > 127 || last > 127) return name.trim() === name;
  return first > 32 && last > 32;
};

/**
 * Whether a HAR header array is already a HeaderField list (names that need no trimming, string values), as
 * nearly every exporter writes it. It is then kept as it is: a 100,000-entry HAR has 2.5 million headers, and
 * copying them was a third of normalizing.
 */
function isFieldList(list: readonly unknown[]): list is HeaderField[] {
  for (const item of list) {
    if (!isJsonObject(item)) return false;
    const name = item.name;
    if (typeof name !== "string" || name === "" || typeof item.value !== "string" || !isTrimmed(name))
      return false;
  }
  return true;
}

/**
 * HAR headers as name/value pairs, in order, duplicates and name case kept (lookups are case-insensitive).
 * Accepts the HAR array and the `{ name: value }` object some tools write; drops items without a name. The list
 * may be the HAR's own array: never mutate it.
 */
export function headerFieldsOf(value: unknown): HeaderField[] {
  if (Array.isArray(value) && isFieldList(value)) return value;
  const fields: HeaderField[] = [];
  if (Array.isArray(value)) {
    for (const item of value) {
      if (!isJsonObject(item)) continue;
      const name = stringField(item, "name")?.trim();
      if (name) fields.push({ name, value: stringField(item, "value") ?? "" });
    }
  } else if (isJsonObject(value)) {
    for (const key of Object.keys(value)) {
      const name = key.trim();
      if (!name) continue;
      const field = value[key];
      for (const item of Array.isArray(field) ? field : [field])
        if (typeof item === "string" || typeof item === "number") fields.push({ name, value: String(item) });
    }
  }
  return fields;
}
