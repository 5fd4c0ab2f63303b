import type { Cacheability } from "./explain-cacheability";
import { spanText } from "./span-text";

/** Where the browser's copy stands at `now`: "Still fresh: 4 min 10 s left." or "Stale for 3 min now."; undefined when no time applies. */
export function cacheStateAt(caching: Cacheability, now: Date): string | undefined {
  if (!caching.staleAt || caching.browserCache.verdict === "stale") return undefined;
  const left = (Date.parse(caching.staleAt) - now.getTime()) / 1000;
  if (Number.isNaN(left)) return undefined;
  return left >= 1 ? `Still fresh: ${spanText(left)} left.` : `Stale for ${spanText(-left)} now.`;
}
