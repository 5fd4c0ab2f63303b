/** `is:` flags; aliases (Chrome's `from-cache`, `cancelled`) are folded into these by the parser. */
export const IS_VALUES = [
  "failed",
  "cors",
  "blocked",
  "canceled",
  "network",
  "cached",
  "redirect",
  "unofficial",
  "data",
  "extension",
  "running",
] as const;
export type IsValue = (typeof IS_VALUES)[number];

/** Chrome's resource types (DevTools `Common.ResourceType`), as `_resourceType` spells them in HARs. */
export const RESOURCE_TYPES = [
  "document",
  "stylesheet",
  "image",
  "media",
  "font",
  "script",
  "texttrack",
  "xhr",
  "fetch",
  "prefetch",
  "eventsource",
  "websocket",
  "webtransport",
  "wasm",
  "manifest",
  "signed-exchange",
  "ping",
  "csp-violation-report",
  "preflight",
  "fedcm",
  "other",
] as const;

/** Inclusive; `max` is Infinity for `status:>=400`. */
export interface StatusRange {
  min: number;
  max: number;
}

export type FilterTermBody =
  /** URL substring, case-insensitive. */
  | { key: "text"; text: string }
  | { key: "status"; ranges: StatusRange[] }
  | { key: "is"; value: IsValue }
  /** Upper-cased; any of them. */
  | { key: "method"; methods: string[] }
  /** Host globs (`*.example.com`), lower-cased; any of them. */
  | { key: "domain"; patterns: string[] }
  /** A glob (`*` any run) over the URL's path, or over its pattern (`/orders/:id`); whole, case-insensitive. */
  | { key: "path"; pattern: string }
  /** Lower-cased resource types; any of them. */
  | { key: "type"; types: string[] }
  | { key: "larger-than"; bytes: number }
  /** Lower-cased MIME types without parameters; any of them. */
  | { key: "mime-type"; mimeTypes: string[] }
  /** Lower-cased; any of them. */
  | { key: "scheme"; schemes: string[] }
  /** Lower-cased header name. */
  | { key: "has-response-header"; name: string };

export type FilterTerm = FilterTermBody & { negated: boolean };
export type FilterKey = FilterTerm["key"];

/** A parsed query: every term must hold (AND). */
export interface Filter {
  terms: FilterTerm[];
}
