const UNITS = [
  [86_400, "day", "days"],
  [3600, "h", "h"],
  [60, "min", "min"],
  [1, "s", "s"],
] as const;

/** A lifetime or age in at most two units, rounded down: "9 min 40 s", "1 h", "2 days 3 h", "0 s". */
export function spanText(seconds: number): string {
  if (!Number.isFinite(seconds)) return "indefinitely";
  let left = Math.max(0, Math.floor(seconds));
  const parts: string[] = [];
  for (const [size, one, many] of UNITS) {
    const amount = Math.floor(left / size);
    if (amount === 0 && parts.length === 0) continue;
    if (amount > 0) parts.push(`${amount} ${amount === 1 ? one : many}`);
    left -= amount * size;
    if (parts.length === 2 || (parts.length === 1 && amount === 0)) break;
  }
  return parts.length === 0 ? "0 s" : parts.join(" ");
}
