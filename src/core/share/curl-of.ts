import { firstHeaderValue, parseUrl } from "../http";
import type { HeaderField, RequestRecord } from "../model";
import { type RedactOptions, redactBody, redactHeaders, redactUrl } from "../redact";
import { bashWord } from "./bash-word";

// curl writes Content-Length from the body it sends, and a redacted body no longer has the recorded length.
const SET_BY_CURL = new Set(["content-length"]);
const COMPRESSIONS = /\b(?:gzip|deflate|br|zstd)\b/i;

/** The request headers curl must be given: no HTTP/2 pseudo-headers, nothing curl writes better itself. */
function headersToSend(
  record: RequestRecord,
  headers: readonly HeaderField[],
  compressed: boolean,
): HeaderField[] {
  const urlHost = parseUrl(record.url)?.host.toLowerCase();
  return headers.filter(({ name, value }) => {
    const lower = name.toLowerCase();
    if (lower.startsWith(":") || SET_BY_CURL.has(lower)) return false;
    // curl sends the URL's own Host; one that differs (a virtual host test) must be kept.
    if (lower === "host") return value.trim().toLowerCase() !== urlHost;
    return !(lower === "accept-encoding" && compressed);
  });
}

// `-H 'X:'` would make curl drop the header; `-H 'X;'` sends it empty.
const headerArg = ({ name, value }: HeaderField) => (value === "" ? `${name};` : `${name}: ${value}`);

/**
 * The request as a bash cURL command, one option per line: the URL, -X only when curl would otherwise use
 * another method, -H per header, --data-raw for the body, --compressed when Accept-Encoding asks for it.
 * Secrets are hidden unless `reveal`.
 */
export function curlOf(record: RequestRecord, options: RedactOptions): string {
  const method = record.method.toUpperCase();
  const body = record.requestBody
    ? redactBody(record.requestBody.text, record.requestBody.mimeType, options)
    : undefined;
  const hasBody = body !== undefined && body !== "";
  const compressed = COMPRESSIONS.test(firstHeaderValue(record.requestHeaders, "Accept-Encoding") ?? "");
  const words = [`curl ${bashWord(redactUrl(record.url, options))}`];
  if (method === "HEAD") words.push("--head");
  // No method recorded: curl's own choice is the best guess.
  else if (method && method !== (hasBody ? "POST" : "GET")) words.push(`-X ${bashWord(record.method)}`);
  for (const header of headersToSend(record, redactHeaders(record.requestHeaders, options), compressed))
    words.push(`-H ${bashWord(headerArg(header))}`);
  if (hasBody) words.push(`--data-raw ${bashWord(body)}`);
  if (compressed) words.push("--compressed");
  return words.join(" \\\n  ");
}
