import { firstHeaderValue, parseUrl } from "../http";
import type { RequestRecord } from "../model";
import type { CorsReason, CorsValue } from "./cors-allow-origin";

const CONSOLE = "The Console's CORS message for this URL names the rule.";

// Headers the browser adds itself (Fetch §2.2.2 forbidden names, client hints): they never call for a preflight.
const BROWSER_HEADERS = new Set([
  "accept",
  "accept-language",
  "accept-encoding",
  "content-language",
  "user-agent",
  "referer",
  "origin",
  "cookie",
  "host",
  "connection",
  "content-length",
  "cache-control",
  "pragma",
  "priority",
  "dnt",
  "upgrade-insecure-requests",
]);
const SAFELISTED_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"];

/** What in the request calls for a preflight (Fetch §4.1 step 4.3), as far as its recorded headers show. */
function preflightTriggers(record: RequestRecord): CorsValue[] {
  const method = ["GET", "HEAD", "POST"].includes(record.method)
    ? []
    : [{ header: "Method", value: record.method, from: "request" as const }];
  const headers = record.requestHeaders.filter(({ name, value }) => {
    const lower = name.toLowerCase();
    if (lower === "content-type")
      return !SAFELISTED_TYPES.includes(value.split(";")[0]?.trim().toLowerCase() ?? "");
    return !BROWSER_HEADERS.has(lower) && !lower.startsWith("sec-") && !lower.startsWith(":");
  });
  // Only Content-Type's value is shown: the others may be credentials (Authorization, API keys).
  const shown = headers.map(({ name, value }) => ({
    header: name,
    value: name.toLowerCase() === "content-type" ? value : "(set by the page)",
    from: "request" as const,
  }));
  return [...method, ...shown];
}

type AddressSpace = "public" | "local" | "loopback";
const RANK: Record<AddressSpace, number> = { public: 0, local: 1, loopback: 2 };

/**
 * The address space a host names by itself (IP literals, localhost, .local); for another name DNS decides, so
 * `name` says what to assume (a page's own name is most likely public; a target's, unknown).
 */
function addressSpaceOf(url: string, name: AddressSpace | undefined): AddressSpace | undefined {
  const host = parseUrl(url)?.hostname.replace(/^\[|\]$/g, "");
  if (!host) return undefined;
  if (host === "localhost" || host.endsWith(".localhost") || host === "::1" || host.startsWith("127."))
    return "loopback";
  if (host.endsWith(".local")) return "local";
  const ipv4 = /^\d+\.\d+\.\d+\.\d+$/.test(host);
  if (!ipv4 && !host.includes(":")) return name;
  // RFC 1918 and link-local IPv4; unique-local and link-local IPv6.
  const local = ipv4
    ? /^(10\.|192\.168\.|169\.254\.|172\.(1[6-9]|2\d|3[01])\.)/.test(host)
    : /^(f[cd]|fe[89ab])/.test(host);
  return local ? "local" : "public";
}

/**
 * A guess, said as one, for a CORS failure whose deciding headers the log does not hold: no answer recorded, no
 * preflight in the log (DevTools opened after it, or the browser reused a cached one), or headers that pass.
 */
export function noEvidenceReason(
  record: RequestRecord,
  origin: string | undefined,
  preflight: RequestRecord | undefined,
): CorsReason {
  const target = addressSpaceOf(record.url, undefined);
  const page = origin ? addressSpaceOf(origin, "public") : undefined;
  if (target && page && RANK[target] > RANK[page])
    return {
      reason: "local-network",
      certainty: "guess",
      why: `This page (${origin}, a ${page} address) asked for a ${target} address, which Chromium's Local Network Access lets through only with the user's permission; nothing was recorded that proves it. ${CONSOLE}`,
      values: [],
    };
  if (preflight) {
    const error = preflight.failure?.error;
    return {
      reason: "preflight-failed",
      certainty: "guess",
      why: `Its preflight got no answer${error ? ` (${error})` : ""}, so the log cannot show which rule failed. ${CONSOLE}`,
      values: error ? [{ header: "Error", value: error, from: "preflight response" }] : [],
    };
  }
  const answered = record.responseHeaders.length > 0;
  const triggers = preflightTriggers(record);
  if (!answered && triggers.length > 0)
    return {
      reason: "preflight-failed",
      certainty: "guess",
      why: `This request needs a preflight (${triggers.map((t) => t.header).join(", ")}), and the log holds none: DevTools may have opened after it, or the browser reused a cached answer. Most likely the preflight was refused, so the request was never sent. Reload with DevTools open to see the OPTIONS request, or read the Console.`,
      values: triggers,
    };
  return {
    reason: "unknown",
    certainty: "guess",
    why: answered
      ? `The response's CORS headers, as recorded, would let ${origin ?? "the page"} read it; what blocked it is not in the log (the credentials mode, or a rule on another hop). ${CONSOLE}`
      : `No answer was recorded for it: the browser blocked it before or without a response the log keeps (for example Local Network Access, or a redirect to another origin). ${CONSOLE}`,
    values: firstHeaderValue(record.requestHeaders, "Origin")
      ? [{ header: "Origin", value: origin ?? "", from: "request" }]
      : [],
  };
}
