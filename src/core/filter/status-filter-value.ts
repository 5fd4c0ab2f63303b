import type { StatusRange } from "./filter-term";

export type StatusValueResult = { ok: true; ranges: StatusRange[] } | { ok: false; suggestion?: string };

const CODE = /^\d{1,3}$/;

/** One comma-separated part: `404`, `4xx`, `400-499`, `>=400`, `>400`, `<=399`, `<400`, `0` for failed requests. */
function parsePart(part: string): StatusRange | undefined {
  if (CODE.test(part)) return { min: Number(part), max: Number(part) };
  const klass = /^([0-9])xx$/i.exec(part);
  if (klass) return { min: Number(klass[1]) * 100, max: Number(klass[1]) * 100 + 99 };
  const range = /^(\d{1,3})-(\d{1,3})$/.exec(part);
  if (range && Number(range[1]) <= Number(range[2])) return { min: Number(range[1]), max: Number(range[2]) };
  const comparison = /^(>=|<=|>|<)(\d{1,3})$/.exec(part);
  if (!comparison) return undefined;
  const n = Number(comparison[2]);
  switch (comparison[1]) {
    case ">=":
      return { min: n, max: Number.POSITIVE_INFINITY };
    case ">":
      return { min: n + 1, max: Number.POSITIVE_INFINITY };
    case "<=":
      return { min: 0, max: n };
    default:
      return n === 0 ? undefined : { min: 0, max: n - 1 };
  }
}

/** A likely intended spelling of a part that did not parse: `4x` → `4xx`, `=>400` → `>=400`, `400..499` → `400-499`. */
function suggestPart(part: string): string | undefined {
  const klass = /^([0-9])(?:x+|\*+|\.+)$/i.exec(part);
  if (klass) return `${klass[1]}xx`;
  const swapped = /^(=>|=<)(\d{1,3})$/.exec(part);
  if (swapped) return `${swapped[1] === "=>" ? ">=" : "<="}${swapped[2]}`;
  const dotted = /^(\d{1,3})(?:\.\.|–|—|:)(\d{1,3})$/.exec(part);
  if (dotted) return `${dotted[1]}-${dotted[2]}`;
  const open = /^(\d{1,3})-$/.exec(part);
  if (open) return `>=${open[1]}`;
  const backwards = /^(\d{1,3})-(\d{1,3})$/.exec(part);
  if (backwards) return `${backwards[2]}-${backwards[1]}`;
  if (/^=\d{1,3}$/.test(part)) return part.slice(1);
  return undefined;
}

/** Parses the value of `status:`; on failure, a corrected value when one is likely. */
export function parseStatusValue(value: string): StatusValueResult {
  const parts = value.split(",");
  const ranges: StatusRange[] = [];
  let fixable = true;
  const fixed: string[] = [];
  for (const part of parts) {
    const range = parsePart(part);
    if (range) {
      ranges.push(range);
      fixed.push(part);
      continue;
    }
    const suggestion = suggestPart(part);
    if (suggestion === undefined) fixable = false;
    else fixed.push(suggestion);
  }
  if (ranges.length === parts.length && ranges.length > 0) return { ok: true, ranges };
  return fixable && value !== "" ? { ok: false, suggestion: fixed.join(",") } : { ok: false };
}

/** The shortest spelling of a range that parses back to it. */
export function formatStatusRange(range: StatusRange): string {
  if (range.max === Number.POSITIVE_INFINITY) return range.min > 999 ? `>${range.min - 1}` : `>=${range.min}`;
  if (range.min === range.max) return String(range.min);
  if (range.min % 100 === 0 && range.max === range.min + 99) return `${range.min / 100}xx`;
  return `${range.min}-${range.max}`;
}
