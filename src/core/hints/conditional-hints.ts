import { firstHeaderValue } from "../http";
import { type Hint, hintsAbout, type RequestRecord } from "../model";

const hint = hintsAbout("conditional");

/** Entity tags of an If-Match / If-None-Match list (RFC 9110 §8.8.3); "*" kept as is, garbage dropped. */
export function parseEntityTags(value: string): string[] {
  if (value.trim() === "*") return ["*"];
  return [...value.matchAll(/(W\/)?"[^"]*"/g)].map((m) => m[0]);
}

const opaque = (tag: string) => tag.replace(/^W\//, "");

/** 304 and 412: the validators this request sent against the ones the response carries (RFC 9110 §13.1). */
export function conditionalHints(record: RequestRecord): Hint[] {
  const request = (name: string) => firstHeaderValue(record.requestHeaders, name)?.trim();
  const etag = firstHeaderValue(record.responseHeaders, "etag")?.trim();
  const lastModified = firstHeaderValue(record.responseHeaders, "last-modified")?.trim();
  if (record.status === 304) {
    const ifNoneMatch = request("if-none-match");
    const ifModifiedSince = request("if-modified-since");
    if (ifNoneMatch === undefined && ifModifiedSince === undefined) {
      return [
        hint(
          "warning",
          "304 to a request without If-None-Match or If-Modified-Since: nothing asked for a revalidation.",
          "If-None-Match",
        ),
      ];
    }
    if (ifNoneMatch !== undefined) {
      const tags = parseEntityTags(ifNoneMatch);
      // If-None-Match uses the weak comparison (RFC 9110 §13.1.2).
      const matched = etag !== undefined && tags.some((t) => t === "*" || opaque(t) === opaque(etag));
      const text = matched
        ? `If-None-Match ${ifNoneMatch} matches the ETag ${etag}: the cached copy is still current.`
        : `If-None-Match ${ifNoneMatch}${etag ? ` does not match the ETag ${etag}, yet the server said 304` : "; the 304 carries no ETag"}.`;
      return [hint(matched ? "info" : "warning", text, "If-None-Match")];
    }
    const since = `If-Modified-Since ${ifModifiedSince}`;
    return [
      hint(
        "info",
        `${since}${lastModified ? `; Last-Modified ${lastModified}` : ""}: not modified since, the cached copy is still current.`,
        "If-Modified-Since",
      ),
    ];
  }
  if (record.status !== 412) return [];
  const ifMatch = request("if-match");
  if (ifMatch !== undefined) {
    const tags = parseEntityTags(ifMatch);
    // If-Match uses the strong comparison: weak tags never match (RFC 9110 §13.1.1).
    const weak = tags.filter((t) => t.startsWith("W/"));
    if (weak.length > 0) {
      return [
        hint(
          "error",
          `If-Match sends the weak tag ${weak.join(", ")}; If-Match compares strongly, so weak tags never match.`,
          "If-Match",
        ),
      ];
    }
    const current = etag ? `; the current ETag is ${etag}` : "";
    return [
      hint(
        "info",
        `If-Match ${ifMatch} failed${current}: the resource changed since it was read.`,
        "If-Match",
      ),
    ];
  }
  const ifUnmodifiedSince = request("if-unmodified-since");
  if (ifUnmodifiedSince !== undefined) {
    const current = lastModified ? `; Last-Modified is ${lastModified}` : "";
    return [
      hint(
        "info",
        `If-Unmodified-Since ${ifUnmodifiedSince} failed${current}: the resource changed since then.`,
        "If-Unmodified-Since",
      ),
    ];
  }
  const ifNoneMatch = request("if-none-match");
  if (ifNoneMatch !== undefined) {
    return [
      hint(
        "info",
        `If-None-Match ${ifNoneMatch} matched on a ${record.method}: the resource already exists.`,
        "If-None-Match",
      ),
    ];
  }
  return [
    hint("warning", "412 to a request without If-Match, If-Unmodified-Since or If-None-Match.", "If-Match"),
  ];
}
