const pad = (n: number) => String(n).padStart(2, "0");

/** "UTC+01:00", "UTC-03:30", "UTC+00:00" for an offset in minutes east of UTC. */
export function formatUtcOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(Math.round(offsetMinutes));
  return `UTC${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function shifted(date: Date, offsetMinutes: number): Date {
  return new Date(date.getTime() + offsetMinutes * 60_000);
}

const dayOf = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/**
 * `at` as local wall-clock time for the given offset: "14:03:10 (UTC+01:00)", with the date in front when it is
 * not the same local day as `now`. Core never reads the machine's time zone; the caller passes the offset.
 */
export function formatLocalTime(at: Date, now: Date, offsetMinutes: number): string {
  const local = shifted(at, offsetMinutes);
  // Dates at the edge of the Date range cannot be shifted: say it in UTC rather than print NaN.
  if (Number.isNaN(local.getTime()) || Number.isNaN(now.getTime())) {
    return Number.isNaN(at.getTime()) ? "an unknown time" : at.toISOString();
  }
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  const day = dayOf(local) === dayOf(shifted(now, offsetMinutes)) ? "" : `${dayOf(local)} `;
  return `${day}${time} (${formatUtcOffset(offsetMinutes)})`;
}

/** "42 s", or "5400 s (about 1.5 h)" once seconds stop being easy to read. */
export function formatSeconds(seconds: number): string {
  if (seconds < 120) return `${seconds} s`;
  const [amount, unit] =
    seconds < 3600
      ? [seconds / 60, "min"]
      : seconds < 172_800
        ? [seconds / 3600, "h"]
        : [seconds / 86_400, "days"];
  return `${seconds} s (about ${Math.round(amount * 10) / 10} ${unit})`;
}

/** "3 min", "5 h", "2 days": a rough span for "ended … ago", rounded down. */
function roughSpan(seconds: number): string {
  if (seconds < 120) return `${seconds} s`;
  if (seconds < 7200) return `${Math.floor(seconds / 60)} min`;
  if (seconds < 172_800) return `${Math.floor(seconds / 3600)} h`;
  return `${Math.floor(seconds / 86_400)} days`;
}

/** Where a wait stands at `now`: "12 s left", "the wait is over", "the wait ended 3 min ago". */
export function formatWait(until: Date, now: Date): string {
  const left = Math.ceil((until.getTime() - now.getTime()) / 1000);
  if (Number.isNaN(left)) return "";
  if (left > 0) return `${left < 120 ? `${left} s` : roughSpan(left)} left`;
  const ago = Math.floor(-left);
  return ago < 5 ? "the wait is over" : `the wait ended ${roughSpan(ago)} ago`;
}
