import type { StatusClass } from "../../reference";

/** The groups the panel shows as chips. "failed" = no HTTP status at all; "nonstandard" = a status outside 100–599. */
export const BUCKETS = ["1xx", "2xx", "3xx", "4xx", "5xx", "failed", "nonstandard"] as const;
export type Bucket = (typeof BUCKETS)[number];

/** How each bucket is named to people, in the panel and on the command line. */
export const BUCKET_LABELS: Readonly<Record<Bucket, string>> = {
  "1xx": "1xx",
  "2xx": "2xx",
  "3xx": "3xx",
  "4xx": "4xx",
  "5xx": "5xx",
  failed: "Failed",
  nonstandard: "Non-standard",
};

export {
  FAILURE_KINDS,
  type FailureKind,
  failureKindOfError,
  STATUS_CLASSES,
  type StatusClass,
} from "../../reference";

/** A status of 0, a negative one (Playwright writes -1) or none at all means no response arrived. */
export function bucketOfStatus(status: number | undefined): Bucket {
  if (status === undefined || !Number.isFinite(status) || status <= 0) return "failed";
  if (!Number.isInteger(status) || status < 100 || status > 599) return "nonstandard";
  return `${Math.floor(status / 100)}xx` as StatusClass;
}
