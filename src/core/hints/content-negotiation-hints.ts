import { firstHeaderValue, headerValue } from "../http";
import { type Hint, hintsAbout, type RequestRecord } from "../model";

const hint = hintsAbout("content-negotiation");

function requestContentType(record: RequestRecord): string | undefined {
  return (
    firstHeaderValue(record.requestHeaders, "content-type")?.trim() ||
    record.requestBody?.mimeType.trim() ||
    undefined
  );
}

/** 406 and 415: the Accept* this request sent, or the Content-Type it sent against what the server accepts. */
export function contentNegotiationHints(record: RequestRecord): Hint[] {
  if (record.status === 406) {
    const sent = ["Accept", "Accept-Language", "Accept-Encoding"]
      .map((name) => [name, headerValue(record.requestHeaders, name)?.trim()] as const)
      .filter(([, value]) => value);
    if (sent.length === 0)
      return [hint("info", "This request sent no Accept header, so any type should have done.", "Accept")];
    return [
      hint("info", `No representation matches ${sent.map(([n, v]) => `${n}: ${v}`).join("; ")}.`, "Accept"),
    ];
  }
  if (record.status !== 415) return [];
  const contentType = requestContentType(record);
  const encoding = headerValue(record.requestHeaders, "content-encoding")?.trim();
  // RFC 9110 §15.5.16: the response may say what it takes in Accept or Accept-Encoding; POST/PATCH have their own.
  const accepted = ["Accept-Post", "Accept-Patch", "Accept", "Accept-Encoding"]
    .map((name) => [name, headerValue(record.responseHeaders, name)?.trim()] as const)
    .filter(([, value]) => value);
  const sent = contentType
    ? `This request sent Content-Type: ${contentType}${encoding ? ` (Content-Encoding: ${encoding})` : ""}`
    : "This request sent no Content-Type";
  const takes =
    accepted.length > 0 ? `; the server takes ${accepted.map(([n, v]) => `${n}: ${v}`).join("; ")}` : "";
  return [hint("info", `${sent}${takes}.`, "Content-Type")];
}
