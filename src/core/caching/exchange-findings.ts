import { deltaSeconds } from "./cache-control";
import { type CacheFinding, cacheFinding } from "./cache-finding";
import type { CacheInputs } from "./cache-inputs";

/** What this particular exchange adds: served from cache, a 304 or 206, a request that bypassed the cache. */
export function exchangeFindings(inputs: CacheInputs): CacheFinding[] {
  const { record } = inputs;
  const out: CacheFinding[] = [];
  if (record.fromCache)
    out.push(
      cacheFinding(
        "from-cache",
        "info",
        `Served from the browser's ${record.fromCache} cache, without asking the server: these are the stored copy's headers, and its age is counted from their Date.`,
        [inputs.field("Date")],
      ),
    );
  if (record.status === 304)
    out.push(
      cacheFinding(
        "revalidated",
        "info",
        "304: the server confirmed the browser's stored copy, which is reused and takes this answer's caching headers from now on (RFC 9111 §4.3.4).",
        [
          inputs.field("ETag"),
          inputs.requestField("If-None-Match"),
          inputs.requestField("If-Modified-Since"),
        ],
      ),
    );
  if (record.status === 206)
    out.push(
      cacheFinding(
        "partial",
        "info",
        "206: a byte range; browsers store it as a piece of the whole and combine pieces that share a validator.",
        [inputs.field("Content-Range"), inputs.field("ETag")],
      ),
    );
  const requestCc = inputs.requestField("Cache-Control");
  const requestPragma = inputs.requestField("Pragma");
  const rd = inputs.requestControl.directives;
  if (
    rd.has("no-cache") ||
    deltaSeconds(rd.get("max-age")) === 0 ||
    (!requestCc && requestPragma && /no-cache/i.test(requestPragma.value))
  )
    out.push(
      cacheFinding(
        "request-bypass",
        "info",
        "The request itself asked caches not to answer from a stored copy (DevTools' Disable cache, a reload, or fetch's cache option send this); its response may still be stored.",
        [requestCc, requestPragma],
      ),
    );
  const d = inputs.control.directives;
  const maxAge = deltaSeconds(d.get("max-age"));
  if (maxAge !== undefined && inputs.expires !== undefined) {
    const base = inputs.date ?? inputs.responseTime;
    const byExpires =
      base === undefined || Number.isNaN(inputs.expires) ? Number.NaN : (inputs.expires - base) / 1000;
    // Agreeing to within a minute is the same intent written twice.
    if (!(Math.abs(byExpires - maxAge) <= 60))
      out.push(
        cacheFinding(
          "expires-ignored",
          "info",
          "Expires is ignored: max-age takes precedence (RFC 9111 §5.3), and the two disagree.",
          [inputs.field("Expires"), inputs.field("Cache-Control")],
          "Drop Expires, or make it Date + max-age.",
        ),
      );
  }
  if (d.has("public") && d.has("private"))
    out.push(
      cacheFinding(
        "public-and-private",
        "warning",
        "Both public and private: caches honour the stricter, private.",
        [inputs.field("Cache-Control")],
        "Keep one of them.",
      ),
    );
  for (const problem of inputs.control.problems)
    out.push(cacheFinding("cache-control-syntax", "warning", problem, [inputs.field("Cache-Control")]));
  return out;
}
