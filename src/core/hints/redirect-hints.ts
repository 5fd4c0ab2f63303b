import { canonicalUrl, headerValues, originOf, parseUrl, resolveUrl, schemeOf } from "../http";
import { type Hint, hintsAbout, type RequestRecord } from "../model";

const NEEDS_LOCATION = [301, 302, 303, 307, 308];

const hint = hintsAbout("redirect", "Location");

/** Fetch §4.4 HTTP-redirect fetch: 301/302 turn POST into GET, 303 anything but GET/HEAD. */
function methodChange(status: number, method: string): Hint | undefined {
  if ((status === 301 || status === 302) && method === "POST") {
    return hint(
      "warning",
      `Browsers follow a ${status} to a POST with a GET and drop the body (RFC 9110 §15.4.${status === 301 ? 2 : 3}); 307 or 308 keep POST.`,
    );
  }
  if (status === 303 && method !== "GET" && method !== "HEAD") {
    return hint(
      "info",
      `303 makes the next request a GET: this ${method}'s body is not sent again (RFC 9110 §15.4.4).`,
    );
  }
  return undefined;
}

/** 3xx other than 304: where Location points and what the browser will do with it. */
export function redirectHints(record: RequestRecord): Hint[] {
  if (record.status < 300 || record.status > 399 || record.status === 304) return [];
  const locations = [...new Set(headerValues(record.responseHeaders, "location").map((v) => v.trim()))];
  const location = locations[0] ?? (record.redirectURL || undefined);
  const hints: Hint[] = [];
  const methodHint = methodChange(record.status, record.method);
  if (location === undefined || location === "") {
    if (NEEDS_LOCATION.includes(record.status)) {
      hints.push(
        hint(
          "warning",
          `No Location header: a ${record.status} without one leaves the browser nowhere to go.`,
        ),
      );
    }
    return hints;
  }
  if (locations.length > 1) {
    hints.push(
      hint(
        "warning",
        `${locations.length} different Location headers (${locations.join(", ")}); browsers use the first or fail.`,
      ),
    );
  }
  const target = resolveUrl(location, record.url);
  if (target === undefined) return methodHint ? [...hints, methodHint] : hints;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(location)) {
    hints.push(hint("info", `Location is relative (${location}); it resolves to ${target}.`));
  }
  if (schemeOf(parseUrl(record.url)) === "https" && schemeOf(parseUrl(target)) === "http") {
    hints.push(hint("error", `Downgrade: this HTTPS request is redirected to plain HTTP (${target}).`));
  }
  const fromOrigin = originOf(record.url);
  const toOrigin = originOf(target);
  if (fromOrigin && toOrigin && fromOrigin !== toOrigin) {
    hints.push(hint("info", `Cross-origin hop: ${fromOrigin} → ${toOrigin}.`));
  }
  if (target === canonicalUrl(record.url)) {
    hints.push(hint("warning", "Location points back to this same URL: a redirect loop."));
  }
  if (methodHint) hints.push(methodHint);
  return hints;
}
