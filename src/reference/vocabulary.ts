/**
 * The words the reference and the core share: status classes and why a request got no status. They live here,
 * at the bottom, so the reference imports nothing from the core; the core re-exports them.
 */
export const STATUS_CLASSES = ["1xx", "2xx", "3xx", "4xx", "5xx"] as const;
export type StatusClass = (typeof STATUS_CLASSES)[number];

/** Why a request has no HTTP status. */
export const FAILURE_KINDS = ["network", "blocked", "canceled", "cors", "unknown"] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];
