import { type FilterKey, IS_VALUES, RESOURCE_TYPES } from "./filter-term";

export interface FilterKeyHelp {
  /** What to type before the colon. */
  key: string;
  /** One line for the panel's help and autocomplete. */
  help: string;
  example: string;
  /** The closed set of values, when there is one, for autocomplete. */
  values?: readonly string[];
}

/** The keys of the filter language, canonical spellings first; `-` before any term negates it. */
export const FILTER_KEYS: readonly FilterKeyHelp[] = [
  {
    key: "status",
    help: "Status code, class, list, range or comparison; 0 is a request with no response.",
    example: "status:4xx",
  },
  {
    key: "is",
    help: "Failed, CORS-blocked, blocked, canceled, network error, cached, redirect, unofficial code, data: or extension URL, still running.",
    example: "is:failed",
    values: IS_VALUES,
  },
  { key: "method", help: "Request method; a comma separates alternatives.", example: "method:POST" },
  { key: "domain", help: "Host name; * matches any characters.", example: "domain:*.example.com" },
  {
    key: "path",
    help: "URL path without the query, or its pattern (/orders/:id); * matches any characters.",
    example: "path:/api/orders/:id",
  },
  {
    key: "type",
    help: "Resource type as DevTools names it; a comma separates alternatives.",
    example: "type:xhr,fetch",
    values: RESOURCE_TYPES,
  },
  {
    key: "larger-than",
    help: "Transferred size of at least N bytes; k and M are 1024-based.",
    example: "larger-than:100k",
  },
  { key: "mime-type", help: "Response MIME type without parameters.", example: "mime-type:application/json" },
  { key: "scheme", help: "URL scheme.", example: "scheme:http" },
  {
    key: "has-response-header",
    help: "The response carries this header.",
    example: "has-response-header:retry-after",
  },
];

// Maps, not plain objects: they are looked up with what the user typed, and "constructor" must find nothing.
/** Chrome's spellings, accepted as the same keys. */
export const KEY_ALIASES: ReadonlyMap<string, Exclude<FilterKey, "text">> = new Map([
  ["status-code", "status"],
  ["resource-type", "type"],
]);

/** Other spellings of `is:` values. */
export const IS_ALIASES: ReadonlyMap<string, (typeof IS_VALUES)[number]> = new Map([
  ["from-cache", "cached"],
  ["cancelled", "canceled"],
  ["cors-error", "cors"],
  ["network-error", "network"],
  ["redirected", "redirect"],
]);

export const KNOWN_KEYS: readonly string[] = [...FILTER_KEYS.map((k) => k.key), ...KEY_ALIASES.keys()];
