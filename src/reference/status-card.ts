import type { Link, ReferenceEntry } from "./reference-entry";

/** One status code as a data file writes it; class, kind and the standard links are derived by statusEntry. */
export type StatusCard = Omit<ReferenceEntry, "class" | "kind" | "links" | "code"> & {
  code: number;
  /** False when MDN has no page for the code. Default: a page exists for registered codes. */
  mdn?: boolean;
  /** Links beyond the MDN page and the spec section. */
  links?: Link[];
};

/** A card for a request that got no status: class "failed", kind "failure". */
export type FailureCard = Omit<
  ReferenceEntry,
  "class" | "kind" | "code" | "standing" | "cacheable" | "spec" | "links"
> & {
  links?: Link[];
};
