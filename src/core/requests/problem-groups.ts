import { corsReasonOf, corsReasonTitle, preflightBreaks } from "../cors";
import { firstHeaderValue, headerValues, originOf } from "../http";
import { isPreflight, pageOriginOf, type RequestRecord } from "../model";
import { linkPreflights, type PreflightLink } from "./preflight-links";
import { isFailing } from "./summary";

/** Failing requests that share one cause, across endpoints: what to fix once for all of them. */
export interface ProblemGroup {
  key: string;
  /** One sentence a developer can act on. */
  cause: string;
  count: number;
  ids: string[];
  severity: "error" | "warning";
}

/** What one failing request says about its cause; `specific` causes stand alone, the others need company. */
interface Cause {
  key: string;
  severity: ProblemGroup["severity"];
  specific: boolean;
  /** The sentence, from the group's requests (the statuses seen, the count). */
  cause: (records: readonly RequestRecord[]) => string;
}

const errorName = (record: RequestRecord) =>
  /(?:^|::)(ERR_[A-Z0-9_]+)/i.exec(record.failure?.error ?? "")?.[1]?.toUpperCase();
const hostnameOf = (record: RequestRecord) => record.host.replace(/:\d+$/, "");

/**
 * The CORS rule that blocked a request, or its preflight, as corsReasonOf reads it: a request and its preflight
 * share the key, so both rows join one group, and requests broken the same way to one origin share it too.
 */
function corsCause(record: RequestRecord, links: ReadonlyMap<string, PreflightLink>): Cause | undefined {
  const link = links.get(record.id);
  const preflight = isPreflight(record);
  if (preflight ? !record.failure && !preflightBreaks(record) : record.failure?.kind !== "cors")
    return undefined;
  // A preflight is read as its request's, when the log holds that request.
  const request = preflight ? (link?.request ?? record) : record;
  // A request stopped by its preflight is logged without Origin: the preflight carries it.
  const pageOrigin = pageOriginOf(request) ?? (link ? pageOriginOf(link.preflight) : undefined);
  const page = pageOrigin ?? "the page's origin";
  const target = originOf(record.url) ?? record.host;
  const reason = corsReasonOf({ record: request, preflight: link?.preflight, pageOrigin });
  const answer = reason.values
    .filter((v) => v.from !== "request")
    .map((v) => `${v.from} ${v.header}: ${v.value}`)
    .join("; ");
  return {
    key: `cors ${target} ${page} ${reason.reason} ${answer}`,
    severity: "error",
    specific: true,
    cause: () =>
      `Requests from ${page} to ${target} are blocked by CORS: ${corsReasonTitle(reason)}. ${reason.why}`,
  };
}

// RFC 6750 §3: error="invalid_token" in a Bearer challenge.
const BEARER_ERROR = /^\s*Bearer\b.*?\berror\s*=\s*"?([A-Za-z0-9_.-]+)/i;
// A Map: it is looked up with the server's error="…", which may be "constructor".
const BEARER_FIX: ReadonlyMap<string, string> = new Map([
  ["invalid_token", "the token is expired, revoked or malformed: renew it (refresh or sign in again)"],
  ["insufficient_scope", "the token lacks a scope these endpoints need: ask for a token with it"],
  ["invalid_request", "the request carries the token wrongly (missing, twice, or in the wrong place)"],
]);

function authCause(record: RequestRecord): Cause | undefined {
  if (record.status !== 401 && record.status !== 407) return undefined;
  const header = record.status === 401 ? "WWW-Authenticate" : "Proxy-Authenticate";
  const challenge = headerValues(record.responseHeaders, header).join(", ").trim();
  const bearerError = BEARER_ERROR.exec(challenge)?.[1];
  if (bearerError) {
    const fix = BEARER_FIX.get(bearerError.toLowerCase()) ?? "read the error_description the server sends";
    return {
      key: `auth ${record.host} bearer ${bearerError}`,
      severity: "error",
      specific: true,
      cause: () => `${record.host} rejects the Bearer token with error="${bearerError}": ${fix}.`,
    };
  }
  return {
    key: `auth ${record.host} ${record.status} ${challenge}`,
    severity: "error",
    specific: challenge !== "",
    cause: () =>
      challenge
        ? `${record.host} asks for credentials (${header}: ${challenge}): send them with each request, or sign in again.`
        : `${record.host} answers ${record.status} without a ${header} challenge: credentials are missing or rejected.`,
  };
}

function networkCause(record: RequestRecord): Cause | undefined {
  const kind = record.failure?.kind;
  if (kind !== "network" && kind !== "blocked") return undefined;
  const name = errorName(record);
  const error = record.failure?.error?.trim() ?? "";
  const own = (sentence: string, specific = true): Cause => ({
    key: `${name ?? error} ${record.host}`,
    severity: "error",
    specific,
    cause: () => sentence,
  });
  if (name === "ERR_CONNECTION_REFUSED")
    return own(
      `${record.host} refuses connections (net::ERR_CONNECTION_REFUSED): is the server running and listening on that port?`,
    );
  if (name === "ERR_NAME_NOT_RESOLVED" || name === "ERR_NAME_RESOLUTION_FAILED")
    return own(
      `${hostnameOf(record)} does not resolve (net::${name}): check the host name and its DNS record.`,
    );
  if (name?.startsWith("ERR_CERT_") || name?.startsWith("ERR_SSL_"))
    return own(
      `${record.host}'s TLS certificate or handshake is refused (net::${name}): fix the certificate the server sends.`,
    );
  if (name === "ERR_BLOCKED_BY_CLIENT")
    return own(
      `An extension (an ad or privacy blocker) blocks requests to ${record.host}: allow the host in it, or rename what it matches.`,
    );
  if (
    /mixed-content/i.test(error) ||
    (record.scheme === "http" && pageOriginOf(record)?.startsWith("https:"))
  )
    return own(
      `The https page loads http://${record.host} and the browser blocks it as mixed content: use https.`,
    );
  return own(
    `Requests to ${record.host} fail with ${name ? `net::${name}` : error || "no error named"}.`,
    false,
  );
}

function serverCause(record: RequestRecord): Cause | undefined {
  if (record.status === 429)
    return {
      key: `429 ${record.host}`,
      severity: "warning",
      specific: true,
      cause: () =>
        `${record.host} rate-limits the page (429 Too Many Requests): send fewer requests, and wait as Retry-After says.`,
    };
  if (record.status < 500 || record.status > 599) return undefined;
  const server = firstHeaderValue(record.responseHeaders, "Server")?.trim().split(/[\s/]/)[0] ?? "";
  return {
    key: `5xx ${record.host} ${server.toLowerCase()}`,
    severity: "error",
    specific: false,
    cause: (records) => {
      const codes = [...new Set(records.map((r) => r.status))].sort().join(", ");
      const layer = server ? ` (Server: ${server})` : "";
      return `${record.host}${layer} fails with ${codes}: the server side must be fixed; a 502 or 504 means the gateway got no good answer from the application behind it.`;
    },
  };
}

// First match wins, so each request is counted in one group.
const CAUSES = [corsCause, authCause, networkCause, serverCause];
type CauseOf = (typeof CAUSES)[number];

/**
 * Failing requests grouped by a cause they share (CORS to one origin, one Bearer error, one host refusing
 * connections...), largest first; a group stands when it explains two requests, or one with a specific cause.
 */
export function groupProblems(records: readonly RequestRecord[]): ProblemGroup[] {
  const groups = new Map<string, { cause: Cause; records: RequestRecord[] }>();
  const links = linkPreflights(records);
  for (const record of records) {
    if (!isFailing(record) && !isPreflight(record) && record.withheldStatus === undefined) continue;
    const cause = CAUSES.reduce<Cause | undefined>(
      (found, causeOf: CauseOf) => found ?? causeOf(record, links),
      undefined,
    );
    if (!cause) continue;
    const group = groups.get(cause.key) ?? { cause, records: [] };
    group.records.push(record);
    groups.set(cause.key, group);
  }
  const rank = (severity: ProblemGroup["severity"]) => (severity === "error" ? 0 : 1);
  return [...groups.values()]
    .filter(({ cause, records: members }) => members.length >= (cause.specific ? 1 : 2))
    .map(({ cause, records: members }) => ({
      key: cause.key,
      cause: cause.cause(members),
      count: members.length,
      ids: members.map((record) => record.id),
      severity: cause.severity,
    }))
    .sort((a, b) => b.count - a.count || rank(a.severity) - rank(b.severity));
}
