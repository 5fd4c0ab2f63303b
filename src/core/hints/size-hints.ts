import { formatBytes, hasHeader, utf8Length } from "../http";
import type { Hint, RequestRecord } from "../model";

// HTTP/1.1 header bytes: "name: value\r\n".
const fieldBytes = (name: string, value: string) => name.length + value.length + 4;

/** 413: how big this request's body was. */
function contentTooLarge(record: RequestRecord): Hint[] {
  const size =
    record.requestBodySize > 0 ? record.requestBodySize : utf8Length(record.requestBody?.text ?? "");
  const retry = hasHeader(record.responseHeaders, "retry-after")
    ? " Retry-After says the limit is temporary (RFC 9110 §15.5.14)."
    : "";
  const text =
    size > 0
      ? `The request body was ${formatBytes(size)}.${retry}`
      : `The request body's size is unknown.${retry}`;
  return size > 0 || retry
    ? [{ topic: "size", severity: "info", text: text.trim(), source: "Content-Length" }]
    : [];
}

/** 431: the request header block's size and its largest field. */
function headersTooLarge(record: RequestRecord): Hint[] {
  if (record.requestHeaders.length === 0) return [];
  const computed = record.requestHeaders.reduce((sum, h) => sum + fieldBytes(h.name, h.value), 0);
  const total = record.requestHeadersSize > 0 ? record.requestHeadersSize : computed;
  // Cookie lines are one field per header for this purpose: a browser may send them split.
  const byName = new Map<string, number>();
  for (const h of record.requestHeaders) {
    byName.set(h.name.toLowerCase(), (byName.get(h.name.toLowerCase()) ?? 0) + fieldBytes(h.name, h.value));
  }
  const [largestName, largestSize] = [...byName].sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
  const original =
    record.requestHeaders.find((h) => h.name.toLowerCase() === largestName)?.name ?? largestName;
  return [
    {
      topic: "size",
      severity: "info",
      text: `The request headers were ${formatBytes(total)}; the largest is ${original} at ${formatBytes(largestSize)}.`,
      source: original,
    },
  ];
}

export function sizeHints(record: RequestRecord): Hint[] {
  if (record.status === 413) return contentTooLarge(record);
  if (record.status === 431) return headersTooLarge(record);
  return [];
}
