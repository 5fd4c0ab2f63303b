/** The reference's public API, shared by the panel and the CLI. */
export { ALL_ENTRIES } from "./all-entries";
export { cardTitle } from "./card-title";
export { explainFailure, explainFailureKind, explainPending } from "./explain-failure";
export { explainStatus } from "./explain-status";
export type { Actor, EntryKind, Link, ReferenceEntry, RelatedCode, Standing } from "./reference-entry";
export { ENTRY_KINDS, STANDINGS } from "./reference-entry";
export { searchReference } from "./search-reference";
export { FAILURE_KINDS, type FailureKind, STATUS_CLASSES, type StatusClass } from "./vocabulary";
