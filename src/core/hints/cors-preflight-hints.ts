import { authorizationOnlyByWildcard, type Hint, hintsAbout, type RequestRecord } from "../model";

const hint = hintsAbout("cors", "Access-Control-Allow-Headers");

/**
 * What a preflight's answer gets away with today: "*" covering Authorization, which Fetch §3.2.5 excludes and
 * browsers still accept (Chromium 156 with a deprecation issue, checked on the demo's /cors page). What it refuses
 * is a CORS reason (corsReasonOf), not a hint.
 */
export function preflightHints(record: RequestRecord): Hint[] {
  return authorizationOnlyByWildcard(record)
    ? [
        hint(
          "warning",
          "Access-Control-Allow-Headers: * lets Authorization through only because browsers still tolerate it (Chromium warns); the Fetch standard does not. List Authorization by name.",
        ),
      ]
    : [];
}
