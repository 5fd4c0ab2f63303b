import { firstHeaderValue, hasHeader } from "../http";
import { type Hint, hintsAbout, type RequestRecord } from "../model";

const hint = hintsAbout("vendor");

/** Which of a code's owners this response most likely came from, and the header that says so. */
interface Reading {
  /** Whether the response carries what marks this owner. */
  matches: (record: RequestRecord) => boolean;
  text: string;
  source: string;
}

const server = (record: RequestRecord) => firstHeaderValue(record.responseHeaders, "server") ?? "";
const poweredBy = (record: RequestRecord) => firstHeaderValue(record.responseHeaders, "x-powered-by") ?? "";

/**
 * Codes that mean different things to different senders (the reference's card shows each meaning), read against
 * the headers that tell the senders apart; the first reading that matches is said, the last is the fallback.
 */
const CLASHES: ReadonlyMap<number, readonly Reading[]> = new Map<number, readonly Reading[]>([
  [
    530,
    [
      {
        matches: (r) => hasHeader(r.responseHeaders, "cf-ray") || /^cloudflare\b/i.test(server(r)),
        text: "CF-Ray is present: this 530 is Cloudflare's; the 1xxx error on its page names the cause.",
        source: "CF-Ray",
      },
      {
        matches: (r) =>
          r.responseHeaders.some((h) => /pantheon|^x-styx/i.test(h.name) || /pantheon/i.test(h.value)),
        text: "Pantheon's headers are present and no CF-Ray: this 530 is reported to mean a frozen Pantheon site.",
        source: "Response headers",
      },
      {
        matches: () => true,
        text: "No CF-Ray header: this 530 did not come through Cloudflare; look at the Server header for who sent it.",
        source: "CF-Ray",
      },
    ],
  ],
  [
    499,
    [
      {
        matches: (r) => /arcgis|esri/i.test(`${server(r)} ${poweredBy(r)} ${r.path}`),
        text: "ArcGIS signs this response: its 499 means the request sent no token at all.",
        source: "Server",
      },
      {
        matches: () => true,
        text: "nginx only writes 499 in its own log, after the client has gone, so a response carrying 499 came from something else: a proxy or an application (ArcGIS uses 499 for a missing token).",
        source: "Status",
      },
    ],
  ],
  [
    451,
    [
      {
        matches: (r) =>
          /\/Microsoft-Server-ActiveSync/i.test(r.path) || hasHeader(r.responseHeaders, "x-ms-location"),
        text: "An Exchange ActiveSync request: this 451 is Exchange's redirect to another server (X-MS-Location), not a legal block.",
        source: "X-MS-Location",
      },
      {
        matches: () => true,
        text: 'Not an Exchange ActiveSync request: this 451 is the legal block of RFC 7725; a Link header with rel="blocked-by" names who blocks it.',
        source: "Link",
      },
    ],
  ],
]);

/** For a code several senders use differently, which one this response's headers point to. */
export function vendorHints(record: RequestRecord): Hint[] {
  const reading = CLASHES.get(record.status)?.find((candidate) => candidate.matches(record));
  return reading ? [hint("info", reading.text, reading.source)] : [];
}
