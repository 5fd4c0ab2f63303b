import type { Filter, FilterTerm } from "./filter-term";
import { formatSizeValue } from "./size-filter-value";
import { formatStatusRange } from "./status-filter-value";

// Free text that would otherwise read as a key, a negation or several terms.
const NEEDS_QUOTES = /^$|^-|["\\:]|\s/u;

function quoteText(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/["\\]/g, (c) => `\\${c}`)}"` : text;
}

function formatBody(term: FilterTerm): string {
  switch (term.key) {
    case "text":
      return quoteText(term.text);
    case "status":
      return `status:${term.ranges.map(formatStatusRange).join(",")}`;
    case "is":
      return `is:${term.value}`;
    case "method":
      return `method:${term.methods.join(",")}`;
    case "domain":
      return `domain:${term.patterns.join(",")}`;
    case "path":
      return `path:${term.pattern}`;
    case "type":
      return `type:${term.types.join(",")}`;
    case "larger-than":
      return `larger-than:${formatSizeValue(term.bytes)}`;
    case "mime-type":
      return `mime-type:${term.mimeTypes.join(",")}`;
    case "scheme":
      return `scheme:${term.schemes.join(",")}`;
    case "has-response-header":
      return `has-response-header:${term.name}`;
  }
}

/** The canonical query for a filter; parseFilter(formatFilter(f)) gives f back. */
export function formatFilter(filter: Filter): string {
  return filter.terms.map((term) => (term.negated ? "-" : "") + formatBody(term)).join(" ");
}
