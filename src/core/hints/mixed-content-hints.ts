import { parseUrl, schemeOf } from "../http";
import type { Hint, RequestRecord } from "../model";

const INSECURE = ["http", "ws"];
// Loopback hosts are potentially trustworthy, so browsers allow them from HTTPS pages (Mixed Content §4.3).
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** An HTTPS page loading this over plain HTTP or WS: blocked or auto-upgraded by the browser (W3C Mixed Content). */
export function mixedContentHints(record: RequestRecord, pageUrl: string | undefined): Hint[] {
  const page = pageUrl ? parseUrl(pageUrl) : undefined;
  const target = parseUrl(record.url);
  const scheme = schemeOf(target);
  if (!target || schemeOf(page) !== "https" || !INSECURE.includes(scheme)) return [];
  if (LOOPBACK.test(target.hostname) || /\.localhost$/i.test(target.hostname)) return [];
  const failed = record.bucket === "failed";
  return [
    {
      topic: "mixed-content",
      severity: failed ? "error" : "warning",
      text: failed
        ? `Mixed content: an HTTPS page requested ${record.url}; browsers block plain ${scheme} from secure pages.`
        : `Mixed content: an HTTPS page loaded ${record.url} over ${scheme}://; browsers block it or upgrade it to HTTPS.`,
      source: "URL",
    },
  ];
}
