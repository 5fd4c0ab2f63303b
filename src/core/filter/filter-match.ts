import { statusNameOf } from "../../reference";
import { hasHeader } from "../http";
import type { RequestRecord } from "../model";
import { pathPattern } from "../requests";
import type { Filter, FilterTerm, IsValue } from "./filter-term";
import { hostGlobOf, hostnameOf } from "./host-glob";

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
      return !record.failure && statusNameOf(record.status)?.kind === "unofficial";
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

type RecordTest = (record: RequestRecord) => boolean;

/** One term as a test, with what depends only on the query (case, globs, single ranges) worked out once. */
function termTest(term: FilterTerm): RecordTest {
  switch (term.key) {
    case "text": {
      const needle = term.text.toLowerCase();
      return (record) => record.url.toLowerCase().includes(needle);
    }
    case "status": {
      const [only, ...more] = term.ranges;
      if (only && more.length === 0)
        return (record) => record.status >= only.min && record.status <= only.max;
      return (record) =>
        term.ranges.some((range) => record.status >= range.min && record.status <= range.max);
    }
    case "is":
      return (record) => is(term.value, record);
    case "method":
      return (record) => term.methods.includes(record.method.toUpperCase());
    case "domain": {
      const globs = term.patterns.map(hostGlobOf);
      const [glob] = globs;
      if (glob && globs.length === 1) return (record) => glob(hostnameOf(record.host));
      return (record) => {
        const hostname = hostnameOf(record.host);
        return globs.some((glob) => glob(hostname));
      };
    }
    case "path": {
      const glob = hostGlobOf(term.pattern);
      return (record) => glob(record.path.replace(/[?#].*$/s, "") || "/") || glob(pathPattern(record.path));
    }
    case "type":
      return (record) => term.types.includes(record.resourceType.toLowerCase());
    case "larger-than":
      // Chrome's NetworkLogView compares with >=; bytes are never negative, so unknown sizes (-1) never match.
      return (record) => sizeOf(record) >= term.bytes;
    case "mime-type":
      return (record) =>
        term.mimeTypes.includes((record.responseMimeType.split(";")[0] ?? "").trim().toLowerCase());
    case "scheme":
      return (record) => term.schemes.includes(schemeOf(record));
    case "has-response-header":
      return (record) => hasHeader(record.responseHeaders, term.name);
  }
}

/** data: and extension URLs are noise in a page's list: shown only when a term asks for them. */
function hiddenTestOf(filter: Filter): RecordTest {
  const asks = (value: IsValue) =>
    filter.terms.some((t) => t.key === "is" && t.value === value && !t.negated);
  const data = asks("data");
  const extension = asks("extension");
  return (record) => {
    const scheme = schemeOf(record);
    if (scheme === "data") return !data;
    return EXTENSION_SCHEMES.includes(scheme) && !extension;
  };
}

/**
 * A query as one predicate, built once and run per row (the list tests 100,000 rows on each keystroke); the panel
 * ANDs its bucket chip separately. One and two terms get a function of their own, and http(s) rows (nearly all)
 * skip the hidden-scheme test, so a row costs a few property reads.
 */
export function compileFilter(filter: Filter): RecordTest {
  const hidden = hiddenTestOf(filter);
  const shown = (record: RequestRecord) =>
    record.scheme === "https" || record.scheme === "http" || !hidden(record);
  // The status range is read in place and first: the cheapest test, and the one that rules most rows out.
  const rangeTerm = filter.terms.find(
    (term) => term.key === "status" && !term.negated && term.ranges.length === 1,
  );
  const range = rangeTerm?.key === "status" ? rangeTerm.ranges[0] : undefined;
  const tests = filter.terms
    .filter((term) => term !== rangeTerm || !range)
    .map((term) => {
      const test = termTest(term);
      return term.negated ? (record: RequestRecord) => !test(record) : test;
    });
  const [first, second] = tests;
  if (range) {
    const { min, max } = range;
    if (!first)
      return (record) =>
        record.status >= min &&
        record.status <= max &&
        (record.scheme === "https" || record.scheme === "http" || !hidden(record));
    if (!second)
      return (record) => record.status >= min && record.status <= max && first(record) && shown(record);
  }
  if (tests.length > 2 || !first || range) {
    const inRange = range ? termTest({ key: "status", ranges: [range], negated: false }) : () => true;
    return (record) => inRange(record) && shown(record) && tests.every((test) => test(record));
  }
  if (!second) return (record) => shown(record) && first(record);
  return (record) => shown(record) && first(record) && second(record);
}

const compiled = new WeakMap<Filter, RecordTest>();

/** Whether a record passes the query; compiled once per Filter object. */
export function matchesFilter(filter: Filter, record: RequestRecord): boolean {
  let test = compiled.get(filter);
  if (!test) {
    test = compileFilter(filter);
    compiled.set(filter, test);
  }
  return test(record);
}
