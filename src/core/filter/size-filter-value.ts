export type SizeValueResult = { ok: true; bytes: number } | { ok: false; suggestion?: string };

const UNIT: ReadonlyMap<string, number> = new Map([
  ["", 1],
  ["k", 1024],
  ["m", 1024 * 1024],
]);
const SIZE = /^(\d{1,16}(?:\.\d{1,3})?)([kKmM]?)$/;

/** `larger-than:` value: bytes with an optional k or M suffix, 1024-based as in Chrome's Network panel. */
export function parseSizeValue(value: string): SizeValueResult {
  const match = SIZE.exec(value);
  if (match) {
    // Whole bytes, and no more than a double holds exactly, so the value prints back as plain digits.
    const bytes = Math.round(Number(match[1]) * (UNIT.get((match[2] ?? "").toLowerCase()) ?? 1));
    return bytes <= Number.MAX_SAFE_INTEGER ? { ok: true, bytes } : { ok: false };
  }
  const spelled = /^(\d{1,16}(?:\.\d{1,3})?)\s*(b|bytes?|kb|kib|mb|mib|gb|gib|g)$/i.exec(value);
  if (!spelled) return { ok: false };
  const unit = (spelled[2] ?? "").toLowerCase();
  const number = spelled[1] ?? "";
  if (unit.startsWith("k")) return { ok: false, suggestion: `${number}k` };
  if (unit.startsWith("m")) return { ok: false, suggestion: `${number}M` };
  if (unit.startsWith("g")) return { ok: false, suggestion: `${Number(number) * 1024}M` };
  return { ok: false, suggestion: number };
}

/** Bytes as the shortest value that parses back to the same number. */
export function formatSizeValue(bytes: number): string {
  if (bytes > 0 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)}M`;
  if (bytes > 0 && bytes % 1024 === 0) return `${bytes / 1024}k`;
  return String(bytes);
}
