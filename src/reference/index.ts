/** The reference's public API, shared by the core, the panel and the CLI. */

export { explainCloseCode } from "./close-code-lookup";
export { CORS_RULES, type CorsRule, type CorsRuleEntry } from "./cors-rules";
export type { Actor, EntryKind, Link, ReferenceEntry, RelatedCode, Standing } from "./entry";
export { cardTitle, ENTRY_KINDS, STANDINGS } from "./entry";
export { expiryNoteOf } from "./expiry";
export {
  ALL_ENTRIES,
  explainFailure,
  explainFailureKind,
  explainNetErrorNumber,
  explainPending,
  explainStatus,
} from "./lookup";
export { QUERY_KINDS, type QueryKind, queryKindOf, searchReference } from "./search";
export { statusNameOf } from "./status-names";
export {
  FAILURE_KINDS,
  type FailureKind,
  failureKindOfError,
  STATUS_CLASSES,
  type StatusClass,
} from "./vocabulary";
