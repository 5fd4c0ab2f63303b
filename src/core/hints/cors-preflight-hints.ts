import { firstHeaderValue, headerValues, tokenList } from "../http";
import { type Hint, hintsAbout, type RequestRecord } from "../model";

const SAFELISTED_METHODS = ["GET", "HEAD", "POST"];

const hint = hintsAbout("cors");

/** Whether this is a CORS preflight: OPTIONS carrying Access-Control-Request-Method (Fetch §4.8). */
export function isPreflight(record: RequestRecord): boolean {
  return (
    record.method === "OPTIONS" &&
    firstHeaderValue(record.requestHeaders, "access-control-request-method") !== undefined
  );
}

/** A preflight's answer against what it asked for: status, Allow-Methods, Allow-Headers (Fetch §4.8). */
export function preflightHints(record: RequestRecord, credentialed: boolean): Hint[] {
  const hints: Hint[] = [];
  const status = record.withheldStatus ?? record.status;
  if (status > 0 && (status < 200 || status > 299)) {
    hints.push(
      hint(
        "error",
        `The preflight got ${status}; it must get a 2xx status, so the real request is never sent.`,
        "Status",
      ),
    );
  }
  if (record.responseHeaders.length === 0) return hints;
  const method = (firstHeaderValue(record.requestHeaders, "access-control-request-method") ?? "").trim();
  const methods = tokenList(headerValues(record.responseHeaders, "access-control-allow-methods"));
  const wildcard = (list: string[]) => !credentialed && list.includes("*");
  if (method && !SAFELISTED_METHODS.includes(method) && !methods.includes(method) && !wildcard(methods)) {
    const listed = methods.length > 0 ? `lists ${methods.join(", ")}` : "is missing";
    hints.push(
      hint(
        "error",
        `Access-Control-Allow-Methods ${listed}; the preflight asked for ${method}.`,
        "Access-Control-Allow-Methods",
      ),
    );
  }
  const asked = tokenList(headerValues(record.requestHeaders, "access-control-request-headers")).map((h) =>
    h.toLowerCase(),
  );
  const allowed = tokenList(headerValues(record.responseHeaders, "access-control-allow-headers")).map((h) =>
    h.toLowerCase(),
  );
  // "*" never covers Authorization (Fetch §3.2.5 CORS non-wildcard request-header name).
  const missing = asked.filter((h) => !allowed.includes(h) && !(wildcard(allowed) && h !== "authorization"));
  if (missing.length > 0) {
    const listed = allowed.length > 0 ? `lists ${allowed.join(", ")}` : "is missing";
    hints.push(
      hint(
        "error",
        `Access-Control-Allow-Headers ${listed}; the preflight asked for ${missing.join(", ")}, which ${missing.length > 1 ? "are" : "is"} not allowed.`,
        "Access-Control-Allow-Headers",
      ),
    );
  }
  return hints;
}
