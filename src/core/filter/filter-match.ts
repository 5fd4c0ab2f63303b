import { explainStatus } from "../../reference";
import { hasHeader } from "../http";
import type { RequestRecord } from "../model";
import { pathPattern } from "../requests";
import type { Filter, FilterTerm, IsValue } from "./filter-term";
import { hostnameOf, matchesHostGlob } from "./host-glob";

const EXTENSION_SCHEMES = [
  "chrome-extension",
  "moz-extension",
  "safari-web-extension",
  "ms-browser-extension",
];

function schemeOf(record: RequestRecord): string {
  return (record.scheme || (/^([a-z][a-z0-9+.-]*):/i.exec(record.url)?.[1] ?? "")).toLowerCase();
}

function is(value: IsValue, record: RequestRecord): boolean {
  switch (value) {
    case "failed":
      return record.bucket === "failed";
    case "cors":
    case "blocked":
    case "canceled":
    case "network":
      return record.failure?.kind === value;
    case "cached":
      return record.fromCache !== undefined || record.status === 304;
    case "redirect":
      return (
        record.status >= 300 &&
        record.status < 400 &&
        record.status !== 304 &&
        (record.redirectURL !== "" || hasHeader(record.responseHeaders, "location"))
      );
    case "unofficial":
      return !record.failure && explainStatus(record.status).kind === "unofficial";
    case "data":
      return schemeOf(record) === "data";
    case "extension":
      return EXTENSION_SCHEMES.includes(schemeOf(record));
    case "running":
      return record.pending === true;
  }
}

/** Chrome's "larger than" looks at bytes on the wire; bodies served from cache only have their size. */
function sizeOf(record: RequestRecord): number {
  return record.transferSize >= 0 ? record.transferSize : record.responseBodySize;
}

function holds(term: FilterTerm, record: RequestRecord): boolean {
  switch (term.key) {
    case "text":
      return record.url.toLowerCase().includes(term.text.toLowerCase());
    case "status":
      return term.ranges.some((range) => record.status >= range.min && record.status <= range.max);
    case "is":
      return is(term.value, record);
    case "method":
      return term.methods.includes(record.method.toUpperCase());
    case "domain": {
      const hostname = hostnameOf(record.host);
      return term.patterns.some((pattern) => matchesHostGlob(pattern, hostname));
    }
    case "path": {
      const bare = record.path.replace(/[?#].*$/s, "") || "/";
      return matchesHostGlob(term.pattern, bare) || matchesHostGlob(term.pattern, pathPattern(record.path));
    }
    case "type":
      return term.types.includes(record.resourceType.toLowerCase());
    case "larger-than":
      // Chrome's NetworkLogView compares with >=; bytes are never negative, so unknown sizes (-1) never match.
      return sizeOf(record) >= term.bytes;
    case "mime-type":
      return term.mimeTypes.includes((record.responseMimeType.split(";")[0] ?? "").trim().toLowerCase());
    case "scheme":
      return term.schemes.includes(schemeOf(record));
    case "has-response-header":
      return hasHeader(record.responseHeaders, term.name);
  }
}

/** data: and extension URLs are noise in a page's list: shown only when a term asks for them. */
function hiddenByDefault(filter: Filter, record: RequestRecord): boolean {
  const asks = (value: IsValue) =>
    filter.terms.some((t) => t.key === "is" && t.value === value && !t.negated);
  const scheme = schemeOf(record);
  if (scheme === "data") return !asks("data");
  if (EXTENSION_SCHEMES.includes(scheme)) return !asks("extension");
  return false;
}

/** Whether a record passes the query; the panel ANDs its bucket chip separately. */
export function matchesFilter(filter: Filter, record: RequestRecord): boolean {
  if (hiddenByDefault(filter, record)) return false;
  return filter.terms.every((term) => holds(term, record) !== term.negated);
}
