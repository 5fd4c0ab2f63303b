const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const DAY = "(?:mon|tue|wed|thu|fri|sat|sun)";
const LONG_DAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
const MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)";
const TIME = "(\\d{2}):(\\d{2}):(\\d{2})";

// RFC 9110 §5.6.7: IMF-fixdate, then the obsolete rfc850-date and asctime-date forms.
const IMF_FIXDATE = new RegExp(`^${DAY}, (\\d{2}) ${MONTH} (\\d{4}) ${TIME} GMT$`, "i");
const RFC_850 = new RegExp(`^${LONG_DAY}, (\\d{2})-${MONTH}-(\\d{2}) ${TIME} GMT$`, "i");
const ASCTIME = new RegExp(`^${DAY} ${MONTH} ( \\d|\\d{2}) ${TIME} (\\d{4})$`, "i");

function utcDate(
  year: number,
  month: string,
  day: number,
  h: number,
  m: number,
  s: number,
): Date | undefined {
  const monthIndex = MONTHS.indexOf(month.toLowerCase());
  if (monthIndex === -1 || h > 23 || m > 59 || s > 60) return undefined;
  // A leap second (:60) is read as the next second's start.
  const date = new Date(Date.UTC(year, monthIndex, day, h, m, Math.min(s, 59)) + (s === 60 ? 1000 : 0));
  if (s < 60 && (date.getUTCDate() !== day || date.getUTCMonth() !== monthIndex)) return undefined;
  return date;
}

/** Parses an HTTP-date; `now` resolves rfc850's two-digit years (RFC 9110 §5.6.7: not more than 50 years ahead). */
export function parseHttpDate(value: string, now: Date): Date | undefined {
  const text = value.trim();
  const imf = IMF_FIXDATE.exec(text);
  if (imf) {
    const [, day, month, year, h, m, s] = imf;
    return utcDate(Number(year), month ?? "", Number(day), Number(h), Number(m), Number(s));
  }
  const rfc850 = RFC_850.exec(text);
  if (rfc850) {
    const [, day, month, yy, h, m, s] = rfc850;
    const nowYear = now.getUTCFullYear();
    let year = Math.floor(nowYear / 100) * 100 + Number(yy);
    if (year > nowYear + 50) year -= 100;
    return utcDate(year, month ?? "", Number(day), Number(h), Number(m), Number(s));
  }
  const asctime = ASCTIME.exec(text);
  if (asctime) {
    const [, month, day, h, m, s, year] = asctime;
    return utcDate(Number(year), month ?? "", Number(day), Number(h), Number(m), Number(s));
  }
  return undefined;
}
