/** A parsed-JSON object, narrowed once at the edge so fields can be read without casts. */
export type JsonObject = { readonly [key: string]: unknown };

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The object at `key`, or undefined when absent or not an object. */
export function objectField(source: JsonObject | undefined, key: string): JsonObject | undefined {
  const value = source?.[key];
  return isJsonObject(value) ? value : undefined;
}

/** The string at `key`; numbers are written as strings (some tools do that), anything else is undefined. */
export function stringField(source: JsonObject | undefined, key: string): string | undefined {
  const value = source?.[key];
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

/** A finite number at `key`; numeric strings ("404") count, anything else is undefined. */
export function numberField(source: JsonObject | undefined, key: string): number | undefined {
  const value = source?.[key];
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string" && /^\s*-?\d+(?:\.\d+)?\s*$/.test(value)) return Number(value);
  return undefined;
}

/** A byte count: negative, missing or odd values become -1 ("unknown" in HAR 1.2). */
export function sizeField(source: JsonObject | undefined, key: string): number {
  const value = numberField(source, key);
  return value === undefined || value < 0 ? -1 : Math.round(value);
}
