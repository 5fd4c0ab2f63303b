import { deltaSeconds, fieldNamesOf } from "./cache-control";
import { type CacheFinding, cacheFinding } from "./cache-finding";
import type { CacheInputs } from "./cache-inputs";
import { spanText } from "./span-text";

/** Why every use must go back to the server though the copy is stored, if so: no-cache, Pragma, Vary: *. */
export function mustRevalidateEachUse(
  inputs: CacheInputs,
): { reason: string; finding: CacheFinding } | undefined {
  const cc = inputs.field("Cache-Control");
  const noCache = inputs.control.directives.get("no-cache");
  if (noCache) {
    const names = fieldNamesOf(noCache);
    // RFC 9111 §5.2.2.4: the qualified form is rarely implemented; caches read it as plain no-cache.
    const qualified = names.length
      ? ` It names ${names.join(", ")}; browsers treat that like plain no-cache.`
      : "";
    return {
      reason: "no-cache",
      finding: cacheFinding(
        "no-cache",
        "info",
        `no-cache: the copy is kept, but checked with the server before each use.${qualified}`,
        [cc],
        "For reuse without asking, replace no-cache with max-age=N.",
      ),
    };
  }
  const pragma = pragmaNoCache(inputs);
  // RFC 9111 §5.4 deprecates Pragma and never defined it for responses: it is read only where no Cache-Control speaks.
  if (pragma && !inputs.hasCacheControl)
    return {
      reason: "Pragma: no-cache",
      finding: cacheFinding(
        "pragma",
        "info",
        "Pragma: no-cache with no Cache-Control: no standard defines it on a response, but browsers read it as no-cache, so the copy is checked with the server before each use.",
        [pragma],
        "Say it with Cache-Control (no-cache, or max-age=N) and drop Pragma, an HTTP/1.0 leftover.",
      ),
    };
  if (inputs.vary.includes("*"))
    return {
      reason: "Vary: *",
      finding: cacheFinding(
        "vary",
        "warning",
        "Vary: * says the answer depends on things no request shows, so a stored copy never matches a later request: each one goes to the server.",
        [inputs.field("Vary")],
        "List the request headers it depends on (Vary: Accept-Encoding), or send no-store.",
      ),
    };
  return undefined;
}

const pragmaNoCache = (inputs: CacheInputs) => {
  const pragma = inputs.field("Pragma");
  return pragma && /(^|,)\s*no-cache\s*(,|$)/i.test(pragma.value) ? pragma : undefined;
};

/** Pragma: no-cache beside Cache-Control: Cache-Control should decide (RFC 9111 §5.4), yet Chromium honours both. */
export function pragmaFindings(inputs: CacheInputs): CacheFinding[] {
  const pragma = pragmaNoCache(inputs);
  if (!pragma || !inputs.hasCacheControl || inputs.control.directives.has("no-cache")) return [];
  return [
    cacheFinding(
      "pragma",
      "warning",
      "Pragma: no-cache beside Cache-Control: RFC 9111 deprecates Pragma and never defined it on a response, so Cache-Control should decide, but Chromium still checks with the server before each use and may not reuse the copy as Cache-Control says.",
      [pragma, inputs.field("Cache-Control")],
      "Drop Pragma; Cache-Control alone decides.",
    ),
  ];
}

/** What the directives that act once the copy is stale say, and immutable (RFC 9111 §5.2.2, RFC 5861, RFC 8246). */
export function staleDirectiveFindings(inputs: CacheInputs): CacheFinding[] {
  const d = inputs.control.directives;
  const cc = inputs.field("Cache-Control");
  const out: CacheFinding[] = [];
  if (d.has("must-revalidate"))
    out.push(
      cacheFinding(
        "must-revalidate",
        "info",
        "must-revalidate: once stale, no cache may serve it without the server's say-so, not even when the server is down.",
        [cc],
      ),
    );
  else if (d.has("proxy-revalidate"))
    out.push(
      cacheFinding(
        "proxy-revalidate",
        "info",
        "proxy-revalidate: once stale, CDNs and proxies must check with the server before serving it; the browser need not.",
        [cc],
      ),
    );
  if (d.has("immutable"))
    out.push(
      cacheFinding(
        "immutable",
        "info",
        "immutable: while fresh, the browser does not revalidate it even on reload.",
        [cc],
      ),
    );
  const swr = d.get("stale-while-revalidate");
  if (swr) {
    const seconds = deltaSeconds(swr);
    out.push(
      seconds === undefined
        ? cacheFinding(
            "stale-while-revalidate",
            "warning",
            `${swr.text} is not a whole number of seconds; caches ignore it.`,
            [cc],
          )
        : d.has("must-revalidate")
          ? cacheFinding("stale-while-revalidate", "info", `${swr.text} is overridden by must-revalidate.`, [
              cc,
            ])
          : cacheFinding(
              "stale-while-revalidate",
              "info",
              `${swr.text}: for ${spanText(seconds)} after it goes stale, the browser (Chromium) and CDNs serve the stale copy at once and refresh it in the background.`,
              [cc],
            ),
    );
  }
  const sie = d.get("stale-if-error");
  if (sie) {
    const seconds = deltaSeconds(sie);
    out.push(
      cacheFinding(
        "stale-if-error",
        seconds === undefined ? "warning" : "info",
        seconds === undefined
          ? `${sie.text} is not a whole number of seconds; caches ignore it.`
          : `${sie.text}: a cache that honours it (many CDNs; not Chromium) may serve the stale copy for ${spanText(seconds)} while the server answers with errors.`,
        [cc],
      ),
    );
  }
  return out;
}
