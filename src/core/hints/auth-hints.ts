import { hasHeader, headerValues } from "../http";
import type { Hint, RequestRecord } from "../model";
import { type AuthChallenge, parseAuthHeader } from "./auth-challenge";

// RFC 6750 §3.1, what each Bearer error asks of the client.
const BEARER_ERRORS: Readonly<Record<string, string>> = {
  invalid_request: "the request is malformed (a missing or repeated parameter, or the token sent twice)",
  invalid_token: "the access token is expired, revoked or malformed: get a new one",
  insufficient_scope: "the token is valid but lacks the permission this resource needs",
};

const quote = (s: string) => `“${s}”`;

function describe(challenge: AuthChallenge): string {
  const realm = challenge.params.get("realm");
  return realm === undefined ? challenge.scheme : `${challenge.scheme} (realm ${quote(realm)})`;
}

function bearerHint(challenge: AuthChallenge, header: string): Hint | undefined {
  const error = challenge.params.get("error");
  const description = challenge.params.get("error_description");
  const scope = challenge.params.get("scope");
  // RFC 6750 §3.1: no error code when the request carried no credentials.
  if (error === undefined) return undefined;
  const meaning = BEARER_ERRORS[error];
  const parts = [`${challenge.scheme} error ${error}${meaning ? `: ${meaning}` : ""}.`];
  if (description) parts.push(`Server says: ${quote(description)}.`);
  if (scope && error === "insufficient_scope") parts.push(`Required scope: ${scope}.`);
  return { topic: header.toLowerCase(), severity: "error", text: parts.join(" "), source: header };
}

/** 401/407 (and a 403 that carries a challenge): which schemes the server offers and what a Bearer error says. */
export function authHints(record: RequestRecord, header: "WWW-Authenticate" | "Proxy-Authenticate"): Hint[] {
  const values = headerValues(record.responseHeaders, header);
  const mustChallenge = (record.status === 401 && header === "WWW-Authenticate") || record.status === 407;
  if (values.length === 0) {
    if (!mustChallenge) return [];
    const section = record.status === 401 ? "§15.5.2" : "§15.5.8";
    return [
      {
        topic: header.toLowerCase(),
        severity: "warning",
        text: `No ${header} header: the response does not say how to authenticate (RFC 9110 ${section} requires one).`,
        source: header,
      },
    ];
  }
  const challenges = parseAuthHeader(values);
  if (challenges.length === 0) return [];
  const hints: Hint[] = [];
  if (mustChallenge) {
    hints.push({
      topic: header.toLowerCase(),
      severity: "info",
      text: `${header} offers ${challenges.map(describe).join(", ")}.`,
      source: header,
    });
    const credentials = header === "WWW-Authenticate" ? "Authorization" : "Proxy-Authorization";
    if (!hasHeader(record.requestHeaders, credentials)) {
      hints.push({
        topic: header.toLowerCase(),
        severity: "info",
        text: `This request sent no ${credentials} header.`,
        source: header,
      });
    }
  }
  for (const challenge of challenges) {
    const scheme = challenge.scheme.toLowerCase();
    if (scheme !== "bearer" && scheme !== "dpop") continue;
    const hint = bearerHint(challenge, header);
    if (hint) hints.push(hint);
  }
  return hints;
}
